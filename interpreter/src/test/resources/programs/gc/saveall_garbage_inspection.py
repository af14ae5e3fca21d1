# DEBUG_SAVEALL keeps every unreachable object in gc.garbage; inspect and then clear it.
# collectors: generational marksweep
import gc

class Leaf:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Leaf({self.name!r})"

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Leaf("a")
b = Leaf("b")
a.peer = b
b.peer = a
del a, b
n = gc.collect()
print("found:", n)
print("garbage length:", len(gc.garbage))
kinds = sorted(type(o).__name__ for o in gc.garbage)
print("kinds:", kinds)
leaves = sorted((o for o in gc.garbage if isinstance(o, Leaf)), key=lambda o: o.name)
print(leaves, leaves[0].peer is leaves[1])

gc.garbage.clear()
del leaves
print("second collect with SAVEALL:", gc.collect(), len(gc.garbage))
gc.garbage.clear()
gc.set_debug(0)
print("now freed:", gc.collect(), len(gc.garbage))

gc.set_debug(gc.DEBUG_SAVEALL)
x = [1, 2]
x.append(x)
del x
print(gc.collect(), gc.garbage[0][:2], gc.garbage[0][2] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
