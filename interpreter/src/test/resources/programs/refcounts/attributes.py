# Attribute values are references held by the instance (its inline values in 3.11), including a
# reference to itself.
import sys

class Node:
    pass

a = Node()
b = Node()
print("a:", sys.getrefcount(a), "b:", sys.getrefcount(b))
a.other = b
print("a.other = b -> b:", sys.getrefcount(b))
a.me = a
print("a.me = a -> a:", sys.getrefcount(a))
b.x = b.y = b.z = a
print("three attributes of b point to a:", sys.getrefcount(a))
del a.me
print("del a.me:", sys.getrefcount(a))
setattr(b, "x", None)
print("setattr(b, 'x', None):", sys.getrefcount(a))
delattr(b, "y")
print("delattr(b, 'y'):", sys.getrefcount(a))
