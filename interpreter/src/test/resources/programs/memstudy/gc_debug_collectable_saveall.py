# collectors: generational marksweep
# DEBUG_COLLECTABLE | DEBUG_SAVEALL: the collectable lines on stderr and the objects kept in gc.garbage.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_SAVEALL)
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
found = gc.collect()
gc.set_debug(0)
print("found:", found)
print("garbage types:", sorted(type(o).__name__ for o in gc.garbage))
names = sorted(o.name for o in gc.garbage if isinstance(o, Node))
print("nodes saved:", names)
gc.garbage.clear()
print("after clearing garbage:", gc.collect())

lst = []
lst.append(lst)
del lst
gc.set_debug(gc.DEBUG_SAVEALL)
print("self-list found:", gc.collect())
print("saved:", [type(o).__name__ for o in gc.garbage], len(gc.garbage[0]) if gc.garbage else None)
gc.set_debug(0)
gc.garbage.clear()
print("final:", gc.collect())
