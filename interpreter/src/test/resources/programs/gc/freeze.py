# gc.freeze() moves every tracked object into the permanent generation, which no collection
# examines: a cycle made before the freeze survives gc.collect() until gc.unfreeze().
# refcount: expect freeze.refcount.out
import gc

gc.collect()
print("freeze count before:", gc.get_freeze_count())
a = []
a.append(a)
gc.freeze()
print("frozen something:", gc.get_freeze_count() > 0, "counts:", gc.get_count())
print("frozen list not in get_objects():", not any(o is a for o in gc.get_objects()))
del a
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
