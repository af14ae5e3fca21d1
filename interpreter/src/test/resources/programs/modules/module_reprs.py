# module reprs as importlib's _module_repr gives them: built-in modules, a module made by hand (with and
# without a __file__ set later), and __main__ of a program run from a file, which has a __file__
import sys, gc, types, __main__
print(sys, gc, sys.modules['builtins'])
m = types.ModuleType('scratch', 'a doc')
print(m, m.__doc__, m.__name__, sorted(k for k in vars(m)))
m.__file__ = 'somewhere.py'
print(m)
print(repr(__main__).startswith("<module '__main__' from "), __main__.__file__ == __file__)
try:
    types.ModuleType(3)
except TypeError as e:
    print(e)
