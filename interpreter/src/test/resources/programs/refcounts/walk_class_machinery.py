# Refcounts of classes and their parts: instances count their class, methods in the
# class dict, properties, classmethods, subclasses listed weakly, and metaclasses.
# refcount: expect walk_class_machinery.refcount.out
import sys

class Base:
    pass

print("class refs at start:", sys.getrefcount(Base))
objs = [Base() for _ in range(7)]
print("7 instances add 7:", sys.getrefcount(Base))
objs.clear()

class Child(Base):
    pass
print("a subclass adds (mro, bases, base):", sys.getrefcount(Base))
print("subclasses:", [c.__name__ for c in Base.__subclasses__()])
del Child
import gc
gc.collect()
print("subclass gone:", [c.__name__ for c in Base.__subclasses__()], sys.getrefcount(Base))

class Meter:
    unit = "m"
    def __init__(self, v):
        self.v = v
    @property
    def text(self):
        return f"{self.v}{self.unit}"
    @classmethod
    def zero(cls):
        return cls(0)
    @staticmethod
    def helper():
        return 1

func = Meter.__dict__["__init__"]
print("function in class dict:", sys.getrefcount(func))
prop = Meter.__dict__["text"]
print("property:", sys.getrefcount(prop), sys.getrefcount(prop.fget))
cm = Meter.__dict__["zero"]
print("classmethod wrapper:", sys.getrefcount(cm), Meter.zero().text)
bound = Meter.zero
print("bound classmethod holds class:", bound.__self__ is Meter)
print("unit str:", sys.getrefcount(Meter.unit) > 2)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

print("metaclass refs:", sys.getrefcount(Meta))
w = WithMeta()
print("instance of metaclass user:", sys.getrefcount(WithMeta))
print("type refs huge:", sys.getrefcount(type) > 100)
