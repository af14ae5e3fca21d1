# refcount: expect gc_cycle_collect_demo.refcount.out
# The canonical "reference cycles need the garbage collector" demonstration.
import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __repr__(self):
        return f"Node({self.name!r})"

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("refcount of a:", sys.getrefcount(a))
del a, b
print("unreachable cycle collected:", gc.collect())

x = []
x.append(x)
del x
print("self-referencing list:", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())

nodes = [Node(i) for i in range(10)]
for i, n in enumerate(nodes):
    n.other = nodes[(i + 1) % 10]
del nodes, n
print("ring of 10 nodes:", gc.collect())
print("nothing left:", gc.collect())
