# An uncaught NameError with no close local or global name: the builtins are searched last
values = [3, 1, 2]
print(sorted(values))
prnt(len(values))
