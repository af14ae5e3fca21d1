# sys.unraisablehook receives the exception from __del__ and from weakref callbacks with their attributes.
# collectors: generational marksweep
import sys
import gc
import weakref

records = []
def hook(u):
    records.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__,
                    u.exc_traceback is not None))

sys.unraisablehook = hook

class A:
    def __del__(self):
        raise ValueError("del failed")

a = A()
del a

class B:
    pass
b = B()
r = weakref.ref(b, lambda ref: 1 / 0)
del b

class C:
    def __del__(self):
        raise OSError("cycle del")
c = C()
c.c = c
del c
gc.collect()

for rec in records:
    print(rec)
sys.unraisablehook = sys.__unraisablehook__
x = A()
del x
print("default hook restored")
