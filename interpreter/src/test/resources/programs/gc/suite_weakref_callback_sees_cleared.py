# From CPython's gc tests (bug 1055820): a weakref callback run during a collection cannot reach
# the other trash: every weakref to it is already cleared, so the callback sees None, never an
# instance whose dict the collector emptied.
# refcount: expect suite_weakref_callback_sees_cleared.refcount.out
import gc
import weakref

class C1055820:
    def __init__(self, i):
        self.i = i
        self.loop = self

ouch = []
def callback(ignored):
    ouch[:] = [wr() for wr in WRs]

Cs = [C1055820(i) for i in range(2)]
WRs = [weakref.ref(c, callback) for c in Cs]
c = None
gc.collect()
print("before:", len(ouch))
Cs = None
print("collect:", gc.collect())
print("callbacks saw:", ouch)
