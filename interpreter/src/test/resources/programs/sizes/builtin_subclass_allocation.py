# An instance of a class deriving from list, dict, set, tuple or float is allocated by the class
# (the base's tp_new calls its tp_alloc), never taken from the base's free list: the collector counts
# its allocation, and the free list is left as it was (a tuple or float subclass's value is made as
# an exact object first, which goes back to the free list), so the next exact object reuses it.
import gc
import sys

class L(list): pass
class D(dict): pass
class S(set): pass
class T(tuple): pass
class F(float): pass

x = 3
cases = [("list", lambda: L(), lambda: []), ("dict", lambda: D(), lambda: {}), ("set", lambda: S(), lambda: {x}),
         ("tuple", lambda: T([x, x]), lambda: (x, x)), ("float", lambda: F(x), lambda: x * 1.5)]
for name, sub, exact in cases:
    gc.collect()  # empties the free lists
    e = exact()
    del e  # one exact object on the base's free list (a set has none)
    c0 = gc.get_count()[0]
    s = sub()
    c1 = gc.get_count()[0]
    again = exact()  # from the free list when the subclass left it there
    c2 = gc.get_count()[0]
    print(name, c1 - c0, c2 - c1, sys.getsizeof(s), sys.getrefcount(s), type(s).__name__, s == sub())
