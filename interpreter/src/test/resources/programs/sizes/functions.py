# Function objects are 152 bytes, lambdas too; a bound method 64; a builtin function 72.
import sys

def f(a, b=1, *args, **kwargs):
    return a

def make():
    x = 1
    def inner():
        return x
    return inner

class C:
    def m(self):
        pass

inner = make()
print("def", sys.getsizeof(f), "lambda", sys.getsizeof(lambda: 0), "closure", sys.getsizeof(inner))
print("cell", sys.getsizeof(inner.__closure__[0]), "closure tuple", sys.getsizeof(inner.__closure__))
print("bound method", sys.getsizeof(C().m), "builtin", sys.getsizeof(len),
      "builtin method", sys.getsizeof([].append))
print("defaults tuple", sys.getsizeof(f.__defaults__))
print("staticmethod", sys.getsizeof(staticmethod(f)), "classmethod", sys.getsizeof(classmethod(f)),
      "property", sys.getsizeof(property(f)))
