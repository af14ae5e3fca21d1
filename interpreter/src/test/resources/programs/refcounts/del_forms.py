# del of a name, an item, a slice and an attribute each release one reference.
import sys

class X:
    pass

x = X()
a = x
L = [x, x, x]
d = {"k": x}

class Box:
    pass

box = Box()
box.v = x
print("start:", sys.getrefcount(x))
del a
print("del a:", sys.getrefcount(x))
del L[0]
print("del L[0]:", sys.getrefcount(x))
del L[:]
print("del L[:]:", sys.getrefcount(x))
del d["k"]
print("del d['k']:", sys.getrefcount(x))
del box.v
print("del box.v:", sys.getrefcount(x))
