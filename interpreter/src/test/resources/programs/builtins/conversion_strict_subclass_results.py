# int(), float() and operator.index() of an object whose __int__/__float__/__index__ returns an
# instance of a strict subclass (a bool, a float subclass): a DeprecationWarning, then a copy of the
# exact type, never the subclass instance itself; refcounts of True stay sound over many calls.
import operator
import sys
import warnings

warnings.simplefilter('always')
warnings.showwarning = lambda message, category, *rest: print(category.__name__, message)


class Truthy:
    def __int__(self):
        return True

    def __index__(self):
        return False


class Half(float):
    pass


class Floaty:
    def __float__(self):
        return Half(2.5)


class Wrong:
    def __int__(self):
        return 'one'

    def __float__(self):
        return 1


for value in (int(Truthy()), operator.index(Truthy()), float(Floaty()), range(3)[Truthy()]):
    print(type(value).__name__, value)
print(int(Truthy()) is True, float(Floaty()).__class__ is float)
for make in (int, float):
    try:
        make(Wrong())
    except TypeError as e:
        print('TypeError', e)

warnings.simplefilter('ignore')
before = sys.getrefcount(True)
results = [int(Truthy()) for _ in range(1000)]
print(sum(results), sys.getrefcount(True) - before, {type(r).__name__ for r in results})
