# First attribute of instances of built-in subclasses: a dict on the shared keys, its count and size.
import gc, sys
class L(list): pass
class B(bytearray): pass
class D(dict): pass
for cls in (L, B, D, L, B):
    x = cls(); y = cls()
    gc.collect()
    a = gc.get_count()[0]
    x.p = 1
    b = gc.get_count()[0]
    x.q = 2
    c = gc.get_count()[0]
    x.r = 3
    d = gc.get_count()[0]
    y.p = 1
    e = gc.get_count()[0]
    print(cls.__name__, b - a, c - b, d - c, e - d, sys.getsizeof(x.__dict__), sys.getsizeof(y.__dict__))
