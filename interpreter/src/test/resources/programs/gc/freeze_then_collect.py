# gc.freeze moves everything tracked into the permanent generation: cycles there are never collected until unfreeze.
# collectors: generational marksweep
import gc

class Node:
    pass

gc.collect()
gc.disable()
a = Node()
a.me = a
frozen_before = gc.get_freeze_count()
gc.freeze()
print("freeze count grew:", gc.get_freeze_count() > frozen_before)
print("counts after freeze:", gc.get_count())
del a
print("frozen cycle not collected:", gc.collect())
b = Node()
b.me = b
del b
print("young cycle collected:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("old cycle collected after unfreeze:", gc.collect())
gc.freeze()
gc.freeze()
n = gc.get_freeze_count()
print("double freeze is cumulative:", n > 0)
print(any(o is gc for o in gc.get_objects(2)))
gc.unfreeze()
print(gc.get_freeze_count())
gc.enable()
