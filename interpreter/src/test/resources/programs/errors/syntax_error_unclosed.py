# An unclosed bracket: CPython 3.11 names the bracket that was never closed.
print("never")
values = [1, 2,
print(values)

