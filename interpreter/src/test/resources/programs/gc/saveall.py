# DEBUG_SAVEALL keeps every unreachable object in gc.garbage
# collectors: generational marksweep
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
print(gc.get_debug())
gc.garbage.clear()
print(gc.collect())
