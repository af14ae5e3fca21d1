# A class made by a class statement is a heap type: every instance holds a reference to it, and
# the class itself is referenced by its own __mro__ and by the __dict__/__weakref__ descriptors.
import sys

class P:
    pass

base = sys.getrefcount(P)
print("class P:", base)
instances = [P() for _ in range(3)]
print("with 3 instances:", sys.getrefcount(P) - base)
del instances
print("instances gone:", sys.getrefcount(P) - base)

class Q(P):
    pass

print("a subclass adds references (its __mro__ and __bases__):", sys.getrefcount(P) - base)
print("class with __slots__ = ():", sys.getrefcount(type("S", (), {"__slots__": ()})))
