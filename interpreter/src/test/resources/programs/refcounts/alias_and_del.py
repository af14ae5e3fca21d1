# A new object bound to one global: getrefcount says 2 (the name and getrefcount's own argument);
# every alias adds one, every del takes one away.
import sys

class Person:
    pass

p1 = Person()
print(sys.getrefcount(p1))
p2 = p1
print(sys.getrefcount(p1))
p3 = p2
print(sys.getrefcount(p1))
del p2
print(sys.getrefcount(p1))
p3 = None
print(sys.getrefcount(p1))
