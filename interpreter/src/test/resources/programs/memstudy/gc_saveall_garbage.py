# refcount: expect gc_saveall_garbage.refcount.out
# gc.DEBUG_SAVEALL keeps what the collector would have freed in gc.garbage.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug() == gc.DEBUG_SAVEALL)

class Foo:
    def __init__(self, n):
        self.n = n
        self.ref = self

for i in range(3):
    Foo(i)
l = [1]
l.append(l)
del l
found = gc.collect()
print("collected:", found)
print("garbage size:", len(gc.garbage))
print("types:", sorted(type(o).__name__ for o in gc.garbage))
print("Foo values:", sorted(o.n for o in gc.garbage if isinstance(o, Foo)))
gc.set_debug(0)
gc.garbage.clear()
print("collect after clearing:", gc.collect())
print("garbage now:", gc.garbage)
