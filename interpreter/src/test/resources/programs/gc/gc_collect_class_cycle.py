# A class dies in a cycle (its __mro__ holds it): gc.collect() finds the type object, its namespace,
# its tuples and descriptors; its instances hold it alive until they go; a weakref sees it die.
# refcount: expect gc_collect_class_cycle.refcount.out
import gc, weakref
gc.collect()
class A:
    def method(self):
        return 1
a = A()
r = weakref.ref(A)
m = a.method
del A
print(gc.collect(), r() is not None)
del a
print(gc.collect(), r() is not None)
del m
print(gc.collect(), r())
def make():
    class Base:
        pass
    class Sub(Base):
        x = [1, 2]
    return weakref.ref(Base), weakref.ref(Sub)
rb, rs = make()
print(rb() is not None, rs() is not None, gc.collect(), rb(), rs())
