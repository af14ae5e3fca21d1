# A class is weakly referenced once per base it has (each base's tp_subclasses holds the shared
# weakref without a callback), so weakref.ref(cls) is that same object, and getweakrefcount counts it.
# refcount: expect weakref_class_subclasses_refs.refcount.out
import weakref, gc
class Base:
    pass
class Mixin:
    pass
print(weakref.getweakrefcount(Base), weakref.getweakrefcount(int), weakref.getweakrefcount(bool))
class Sub(Base, Mixin):
    pass
print(weakref.getweakrefcount(Sub), weakref.getweakrefcount(Base))
r = weakref.ref(Sub)
print(weakref.getweakrefcount(Sub), weakref.getweakrefs(Sub)[0] is r)
r2 = weakref.ref(Sub, lambda ref: print("callback"))
print(weakref.getweakrefcount(Sub))
del Sub
gc.collect()
print(r(), Base.__subclasses__(), Mixin.__subclasses__())
