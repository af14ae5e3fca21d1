# From CPython's gc tests: a class is a cycle by itself (its __mro__ and its descriptors refer to it),
# so deleting the last name of a class leaves garbage for the collector; the counts are exact.
# refcount: expect suite_class_cycles.refcount.out
import gc

def fresh():
    gc.collect()

fresh()
class A:
    pass
A.a = A
fresh()
del A
print("class referring to itself:", gc.collect())

class B(object):
    pass
fresh()
del B
print("plain class:", gc.collect())

class C:
    def method(self):
        return self
    x = 1
fresh()
del C
print("class with a method and an attribute:", gc.collect())

class Base:
    pass
class Derived(Base):
    pass
fresh()
del Derived
print("subclass only:", gc.collect())
del Base
print("then the base:", gc.collect())
print("nothing left:", gc.collect())
