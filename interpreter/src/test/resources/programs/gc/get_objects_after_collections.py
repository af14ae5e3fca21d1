# gc.get_objects(generation) after collections
# collectors: generational
import gc
gc.collect()
class N:
    pass
objs = [N() for _ in range(5)]
young = gc.get_objects(0)
print(sum(1 for o in young if type(o) is N))
gc.collect(0)
print(sum(1 for o in gc.get_objects(0) if type(o) is N), sum(1 for o in gc.get_objects(1) if type(o) is N))
gc.collect(1)
print(sum(1 for o in gc.get_objects(1) if type(o) is N), sum(1 for o in gc.get_objects(2) if type(o) is N))
gc.collect()
print(sum(1 for o in gc.get_objects(2) if type(o) is N))
print(gc.is_tracked(objs[0]), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))
