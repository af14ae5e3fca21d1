# A tuple cannot hold itself, but a tuple and a list can make a cycle.
# refcount: expect collect_tuple_cycle.refcount.out
import gc

gc.collect()
t = ([],)
t[0].append(t)
print(t)
del t
print(gc.collect())
