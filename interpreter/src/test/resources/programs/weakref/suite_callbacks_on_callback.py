# From CPython's weakref tests: weakrefs whose callbacks are bound methods inside the trash are
# cleared silently; an outside weakref to one of those bound methods has its callback run when the
# collector frees the method.
# refcount: expect suite_callbacks_on_callback.refcount.out
import gc
import weakref

alist = []
def safe_callback(ignore):
    alist.append("safe_callback called")

class C(object):
    def cb(self, ignore):
        alist.append("cb called")

c, d = C(), C()
c.other = d
d.other = c
callback = c.cb
c.wr = weakref.ref(d, callback)
d.wr = weakref.ref(callback, d.cb)
external_wr = weakref.ref(callback, safe_callback)
print(external_wr() is callback)
del callback, c, d, C
print("after del:", alist)
gc.collect()
print("after collect:", alist, external_wr() is None)
del alist[:]
gc.collect()
print("again:", alist)
