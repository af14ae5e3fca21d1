# gc.freeze moves everything tracked into the permanent generation
# collectors: generational marksweep
import gc
gc.collect()
print(gc.get_freeze_count() >= 0)
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count())
l = []; l.append(l)
del l
print(gc.collect())
