# An exception in the __del__ of cyclic garbage is reported while gc.collect() runs, and the
# collection goes on.
# refcount: expect exception_in_del_during_collect.refcount.out exception_in_del_during_collect.refcount.err
import gc

class Bad:
    def __del__(self):
        raise ValueError("from __del__ during a collection")

gc.collect()
x = Bad()
x.me = x
del x
print("collect:", gc.collect())
print("still running")
