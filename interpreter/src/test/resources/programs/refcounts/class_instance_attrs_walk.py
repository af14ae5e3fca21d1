# Refcounts of values shared by class attributes, instance attributes, and inherited defaults.
import sys

shared = object()

class Base:
    default = shared
    def __init__(self):
        self.mine = shared

print("class attr + global", sys.getrefcount(shared))
objs = [Base() for _ in range(4)]
print("4 instances", sys.getrefcount(shared))
objs[0].default = shared
print("one instance shadows", sys.getrefcount(shared))
del objs[0].default
print("shadow removed", sys.getrefcount(shared))

class Child(Base):
    pass

c = Child()
print("child instance", sys.getrefcount(shared), c.default is shared)
Base.default = None
print("class attr rebound", sys.getrefcount(shared))
print("Base refcount counts instances", sys.getrefcount(Base) - sys.getrefcount(Child))
objs.clear()
print("instances dropped", sys.getrefcount(shared))
vars(c).clear()
print("child dict cleared", sys.getrefcount(shared))
setattr(Child, "extra", shared)
print("setattr on class", sys.getrefcount(shared))
delattr(Child, "extra")
print("delattr", sys.getrefcount(shared))
