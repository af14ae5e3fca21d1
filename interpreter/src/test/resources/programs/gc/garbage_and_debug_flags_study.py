# gc.garbage and the debug flags in a leak study: DEBUG_SAVEALL keeps what a collection
# found, the objects' types and referents are examined, then the flags are reset.
# refcount: expect garbage_and_debug_flags_study.refcount.out
import gc

class Parent:
    def __init__(self):
        self.child = Child(self)

class Child:
    def __init__(self, parent):
        self.parent = parent

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug() == gc.DEBUG_SAVEALL)
for _ in range(3):
    Parent()
found = gc.collect()
print("found:", found)
kinds = sorted({type(o).__name__ for o in gc.garbage})
print("garbage kinds:", kinds, len(gc.garbage))
parents = [o for o in gc.garbage if isinstance(o, Parent)]
print("parents kept alive by gc.garbage:", len(parents))
if parents:
    print("child points back:", parents[0].child.parent is parents[0])
    refs = gc.get_referents(parents[0])
    print("referents of a parent:", sorted(type(r).__name__ for r in refs))
gc.set_debug(0)
del parents
gc.garbage.clear()
print("garbage cleared:", len(gc.garbage), "now collects:", gc.collect())
for _ in range(2):
    Parent()
print("without SAVEALL:", gc.collect(), len(gc.garbage))
print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
