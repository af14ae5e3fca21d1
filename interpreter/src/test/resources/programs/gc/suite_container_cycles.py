# From CPython's gc tests: a list, a dict and a list-tuple pair closing a loop on themselves are
# found by a full collection once nothing outside refers to them (1, 1 and 2 objects).
# refcount: expect suite_container_cycles.refcount.out
import gc

gc.collect()
l = []
l.append(l)
gc.collect()
del l
print("list in itself:", gc.collect())

d = {}
d[1] = d
gc.collect()
del d
print("dict holding itself:", gc.collect())

l = []
t = (l,)
l.append(t)
gc.collect()
del t
del l
print("list <-> tuple:", gc.collect())

s = set()
class Holder:
    pass
h = Holder()
h.s = s
s.add(h)
gc.collect()
del h, s
print("set <-> instance (with its dict):", gc.collect())
print("nothing left:", gc.collect())
