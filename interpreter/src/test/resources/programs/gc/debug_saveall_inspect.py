# gc.set_debug(DEBUG_SAVEALL): cyclic garbage kept in gc.garbage, inspected by type, then released.
# collectors: generational
import gc

class Node:
    def __init__(self, label):
        self.label = label
        self.next = None

def leak(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    nodes[-1].next = nodes[0]

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
leak(4)
d = {}
d["self"] = d
l = []
l.append(l)
found = gc.collect()
print("found", found)
kinds = {}
for obj in gc.garbage:
    kinds[type(obj).__name__] = kinds.get(type(obj).__name__, 0) + 1
print(sorted(kinds.items()))
labels = sorted(o.label for o in gc.garbage if isinstance(o, Node))
print("labels", labels)
print("debug flags", gc.get_debug() == gc.DEBUG_SAVEALL)
gc.set_debug(0)
gc.garbage.clear()
print("after clear", gc.collect(), gc.garbage)
