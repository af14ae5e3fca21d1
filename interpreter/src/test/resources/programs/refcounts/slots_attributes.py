# A __slots__ slot holds a counted reference like any attribute.
import sys

class P:
    __slots__ = ("a", "b")

class Item:
    pass

x = Item()
p = P()
print(sys.getrefcount(x))
p.a = x
print("p.a = x:", sys.getrefcount(x))
p.b = x
print("p.b = x:", sys.getrefcount(x))
del p.a
print("del p.a:", sys.getrefcount(x))
p.b = 5
print("p.b rebound:", sys.getrefcount(x))
