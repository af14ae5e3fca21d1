# __del__ next to weakref callbacks and gc.is_finalized: which runs first when an
# object dies by refcount, and the finalized flag on a resurrected object.
import gc
import weakref

log = []
keep = []

class Res:
    def __init__(self, name, resurrect=False):
        self.name = name
        self.resurrect = resurrect
    def __del__(self):
        log.append(("del", self.name))
        if self.resurrect:
            keep.append(self)

def cb(ref):
    log.append(("callback", ref() is None))

r = Res("plain")
w = weakref.ref(r, cb)
print("finalized before:", gc.is_finalized(r))
del r
print(log)
log.clear()

r = Res("phoenix", resurrect=True)
w = weakref.ref(r, cb)
del r
print(log, "kept:", len(keep))
print("weakref cleared though resurrected:", w() is None)
print("finalized flag:", gc.is_finalized(keep[0]))
log.clear()
obj = keep.pop()
obj.resurrect = False
del obj
print("second death runs no __del__:", log)

fin_log = []
class WithFinalize:
    pass
x = WithFinalize()
weakref.finalize(x, fin_log.append, "finalize")
weakref.ref(x, lambda r: fin_log.append("ref callback"))
kept_ref = weakref.ref(x, lambda r: fin_log.append("kept ref callback"))
del x
print(fin_log)
