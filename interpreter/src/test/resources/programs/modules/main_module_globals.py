# __main__'s namespace as CPython fills it before the first statement
import sys
print(list(globals()))
print(__annotations__, __cached__, __builtins__ is sys.modules["builtins"])
x = 1
print(len(globals()), sys.getsizeof(globals()))
y = 2
print(len(globals()), sys.getsizeof(globals()))
