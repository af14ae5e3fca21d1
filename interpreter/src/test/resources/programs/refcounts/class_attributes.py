# Class attributes are held by the class's dict; instances do not copy them.
import sys

class Shared:
    pass

s = Shared()
print("before:", sys.getrefcount(s))

class A:
    x = s
    y = s

print("two class attributes:", sys.getrefcount(s))
a1 = A()
a2 = A()
print("instances add nothing:", sys.getrefcount(s))
a1.x = None
print("instance attribute shadows, class keeps it:", sys.getrefcount(s))
del A.y
print("del A.y:", sys.getrefcount(s))
