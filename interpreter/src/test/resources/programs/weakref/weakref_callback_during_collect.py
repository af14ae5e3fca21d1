# Weakref callbacks run when the collector clears a cycle; the callback sees the dead ref.
# refcount: expect weakref_callback_during_collect.refcount.out
import gc, weakref
class N:
    pass
gc.collect()
log = []
a = N(); b = N()
a.b = b; b.a = a
ra = weakref.ref(a, lambda r: log.append(("a", r() is None)))
rb = weakref.ref(b, lambda r: log.append(("b", r() is None)))
del a, b
print(gc.collect())
print(sorted(log))
print(ra() is None, rb() is None)
