# An instance holding its own bound method: a cycle through the method object.
# refcount: expect gc_bound_method_cycle.refcount.out
import gc, sys
class A:
    def m(self):
        pass
gc.collect()
a = A()
a.cb = a.m
print(sys.getrefcount(a))
del a
print(gc.collect())
