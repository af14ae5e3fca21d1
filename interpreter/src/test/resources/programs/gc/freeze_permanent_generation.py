# gc.freeze moves everything to the permanent generation
# collectors: generational
import gc
gc.collect()
class N:
    pass
keep = [N() for _ in range(3)]
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
print(sum(1 for o in gc.get_objects() if type(o) is N))
a = N(); a.self = a
del a
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(sum(1 for o in gc.get_objects(2) if type(o) is N))
