# From CPython's gc tests: freeze moves every tracked object to the permanent generation (its
# count is positive, generation lists are empty), unfreeze moves them back (count 0).
# refcount: expect suite_freeze_unfreeze.refcount.out
# marksweep: expect suite_freeze_unfreeze.marksweep.out
import gc

gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
print([len(gc.get_objects(g)) for g in (1, 2)])
l = []
print([any(l is e for e in gc.get_objects(g)) for g in range(3)])
gc.unfreeze()
print(gc.get_freeze_count())
print(len(gc.get_objects(2)) > 0)
