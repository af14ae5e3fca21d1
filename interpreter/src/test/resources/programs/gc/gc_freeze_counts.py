# gc.freeze moves everything tracked to the permanent generation; unfreeze brings it back.
# refcount: expect gc_freeze_counts.refcount.out
import gc
gc.collect()
objs = [[i] for i in range(10)]
gc.freeze()
print(gc.get_freeze_count() > 10, gc.get_count())
c = []
c.append(c)
del c
print(gc.collect())
n = gc.get_freeze_count()
gc.unfreeze()
print(gc.get_freeze_count(), n > 0)
print(gc.collect())
