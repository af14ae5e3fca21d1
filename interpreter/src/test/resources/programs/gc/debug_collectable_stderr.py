# DEBUG_COLLECTABLE writes one "gc: collectable <type 0x...>" line per object found in the garbage.
# collectors: generational marksweep
import gc
import sys

class Node:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
n = gc.collect()
gc.set_debug(0)
sys.stderr.flush()
print("collected:", n)

gc.set_debug(gc.DEBUG_COLLECTABLE)
l = []
l.append(l)
del l
print("list:", gc.collect())
gc.set_debug(0)

gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
t = []
t.append(t)
del t
print("uncollectable flag only:", gc.collect(), gc.garbage)
gc.set_debug(0)
