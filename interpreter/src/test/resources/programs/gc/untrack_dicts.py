# A dict that stopped holding containers stays tracked until a full collection untracks it;
# collect(0) untracks tuples but not dicts.
# marksweep: expect untrack_dicts.marksweep.out
import gc

d = {"a": []}
d["a"] = 1
print("after the list left:", gc.is_tracked(d))
gc.collect(0)
print("after collect(0):", gc.is_tracked(d))
gc.collect(2)
print("after collect(2):", gc.is_tracked(d))
d["b"] = [1]
print("holding a list again:", gc.is_tracked(d))
