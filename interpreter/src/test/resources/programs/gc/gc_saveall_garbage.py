# DEBUG_SAVEALL keeps every collected object in gc.garbage.
# refcount: expect gc_saveall_garbage.refcount.out
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = [];  b = [a]; a.append(b)
d = {}; d["self"] = d
del a, b, d
n = gc.collect()
print(n, len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
