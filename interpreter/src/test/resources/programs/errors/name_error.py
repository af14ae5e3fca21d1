# An uncaught NameError: traceback on stderr with the source line and carets, exit code 1;
# what was printed before stays.
x = 1
del x
print("before the error")
print(x)
print("never printed")
