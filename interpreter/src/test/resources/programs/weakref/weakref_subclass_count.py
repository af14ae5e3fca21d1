# A class with a subclass is weakly referenced by its tp_subclasses.
import weakref, gc
class Base:
    pass
print(weakref.getweakrefcount(Base))
class Sub(Base):
    pass
print(weakref.getweakrefcount(Sub), Base.__subclasses__())
