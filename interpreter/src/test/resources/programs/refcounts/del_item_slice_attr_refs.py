# del of names, attributes, items and slices drops references at once
import sys
o = object()
l = [o, o, o, o]
print(sys.getrefcount(o))
del l[0]
print(sys.getrefcount(o))
del l[1:]
print(sys.getrefcount(o))
class A:
    pass
a = A()
a.x = o
print(sys.getrefcount(o))
del a.x
print(sys.getrefcount(o))
d = {1: o}
del d[1]
print(sys.getrefcount(o))
