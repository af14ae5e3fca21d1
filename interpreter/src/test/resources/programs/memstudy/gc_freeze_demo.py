# marksweep: expect gc_freeze_demo.marksweep.out
# refcount: expect gc_freeze_demo.refcount.out
# gc.freeze() moves everything to the permanent generation (pre-fork trick).
import gc

gc.collect()
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("gen2 after freeze:", len(gc.get_objects(2)))
junk = [[] for _ in range(10)]
print("junk in gen0:", any(o is junk for o in gc.get_objects(0)))
n = gc.get_freeze_count()
gc.freeze()
print("second freeze grew the count:", gc.get_freeze_count() > n)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("old objects back in gen2:", len(gc.get_objects(2)) > 0)
