# A cycle that survived a generation-0 collection was moved to generation 1: collect(0) no longer
# examines it, collect(1) does.
# marksweep: expect collect_promoted_cycle.marksweep.out
# refcount: expect collect_promoted_cycle.refcount.out
import gc

gc.collect()
a = []
a.append(a)
print("while referenced, collect(0):", gc.collect(0))
del a
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
