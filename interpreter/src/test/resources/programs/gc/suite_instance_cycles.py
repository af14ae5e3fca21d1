# From CPython's gc tests: an instance referring to itself, an instance of a class that mixes a
# built-in base, a class holding an instance of itself, and a bound method stored on its instance.
# refcount: expect suite_instance_cycles.refcount.out
import gc

class A:
    pass

a = A()
a.a = a
gc.collect()
del a
print("instance in its own dict:", gc.collect())

class B(list):
    pass
class C(B, A):
    pass
c = C()
c.a = c
gc.collect()
del c
print("list-based instance in its own dict:", gc.collect())
del B, C
print("the two classes:", gc.collect())
A.a = A()
del A
print("class holding an instance of itself:", gc.collect())
print("nothing left:", gc.collect())

class M:
    def __init__(self):
        self.init = self.__init__
m = M()
gc.collect()
del m
print("bound method stored on its instance:", gc.collect())
