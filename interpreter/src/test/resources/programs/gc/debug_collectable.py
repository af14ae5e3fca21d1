# DEBUG_COLLECTABLE prints one stderr line per object the collector found: "gc: collectable
# <TYPE 0x...>" (the address is masked in the recorded output).
# refcount: expect debug_collectable.refcount.out debug_collectable.refcount.err
import gc

class Node:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = []
n = Node()
a.append(n)
n.a = a
del a, n
print("collect:", gc.collect())
gc.set_debug(0)
