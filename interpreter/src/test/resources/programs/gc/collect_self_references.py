# One object referencing itself is a cycle of one: a list, a dict, an instance.
# refcount: expect collect_self_references.refcount.out
import gc

class Node:
    pass

gc.collect()
L = []
L.append(L)
print(L)
del L
print("list:", gc.collect())
d = {}
d["me"] = d
print(d)
del d
print("dict:", gc.collect())
n = Node()
n.me = n
del n
print("instance:", gc.collect())
