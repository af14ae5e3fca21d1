# PEP 442 cycles with __del__: a parent/child pair where both define __del__ (each finalizer
# runs once, in the collector's order, then the cycle is freed), one that resurrects itself
# through a global (kept, its __del__ not called again), and gc.garbage staying empty.
# collectors: generational marksweep
import gc

saved = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("  __del__", self.name, "peer", self.peer.name if self.peer else None)


class Phoenix(Node):
    def __del__(self):
        print("  phoenix __del__", self.name)
        saved.append(self)


gc.disable()
gc.collect()
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print("collect pair:", gc.collect())
print("garbage:", gc.garbage)

p, q = Phoenix("p"), Node("q")
p.peer, q.peer = q, p
del p, q
print("collect with resurrection:", gc.collect())
print("saved:", [n.name for n in saved], "its peer:", saved[0].peer.name)
print("collect again:", gc.collect())
saved.clear()
print("after dropping the survivor:", gc.collect())
print("garbage:", gc.garbage)
gc.enable()
