# DEBUG_SAVEALL: the collector puts what it found into gc.garbage instead of freeing it.
# refcount: expect saveall_garbage.refcount.out
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = [1]
b = [2]
a.append(b)
b.append(a)
del a, b
print("collect:", gc.collect())
print("garbage:", gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
print("collect after clearing gc.garbage:", gc.collect())
