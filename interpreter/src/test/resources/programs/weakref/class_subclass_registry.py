# Each base class keeps its subclasses in tp_subclasses through a weak reference (the shared one,
# without callback), so a class has one weak reference from the start, weakref.ref(cls) returns
# that same object, and the registry lets go of a class that dies.
# refcount: expect class_subclass_registry.refcount.out
import gc
import weakref


class Base:
    pass


print("Base", weakref.getweakrefcount(Base))
r = weakref.ref(Base)
print(weakref.getweakrefs(Base) == [r], weakref.getweakrefcount(Base))


class Child(Base):
    pass


class Other:
    pass


class Both(Child, Other):
    pass


print("Child", weakref.getweakrefcount(Child), "Both", weakref.getweakrefcount(Both))
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Child.__subclasses__()])
dead = []
w = weakref.ref(Both, lambda ref: dead.append("Both"))
print(weakref.getweakrefcount(Both))
del Both
print(gc.collect() > 0, dead, w())
print([c.__name__ for c in Child.__subclasses__()], [c.__name__ for c in Other.__subclasses__()])
made = type("Made", (Base,), {})
before = gc.get_count()[0]
first_sub = type("FirstSub", (made,), {})
print("first subclass", gc.get_count()[0] - before)
before = gc.get_count()[0]
second_sub = type("SecondSub", (made,), {})
print("second subclass", gc.get_count()[0] - before)
