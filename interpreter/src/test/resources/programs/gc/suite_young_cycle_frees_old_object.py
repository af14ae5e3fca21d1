# From CPython's gc tests (bug 1055820, c and d): collecting generation 0 clears a young cycle that
# held the last reference to an object in the oldest generation; that object's weakref callback and
# its __del__ then run, and a callback-free weakref to the young trash reads None in both.
# refcount: expect suite_young_cycle_frees_old_object.refcount.out
# marksweep: expect suite_young_cycle_frees_old_object.marksweep.out
import gc
import weakref

class C1055820:
    def __init__(self, i):
        self.i = i
        self.loop = self

gc.disable()

c0 = C1055820(0)
gc.collect()
c1 = C1055820(1)
c1.keep_c0_alive = c0
del c0.loop
c2 = C1055820(2)
c2wr = weakref.ref(c2)
ouch = []
def callback(ignored):
    ouch[:] = [c2wr()]
c0wr = weakref.ref(c0, callback)
c0 = c1 = c2 = None
print("young collection:", gc.collect(0))
print("callback saw:", ouch, "c0 gone:", c0wr() is None)

ouch2 = []
class D(C1055820):
    def __del__(self):
        ouch2[:] = [c2wr2()]

d0 = D(0)
gc.collect()
c1 = C1055820(1)
c1.keep_d0_alive = d0
del d0.loop
c2 = C1055820(2)
c2wr2 = weakref.ref(c2)
d0 = c1 = c2 = None
print("young collection:", gc.collect(0))
print("__del__ saw:", ouch2)
gc.enable()
