# get_objects(generation) sees young objects in generation 0, then older after collections.
# refcount: expect gc_get_objects_generation.refcount.out
# marksweep: expect gc_get_objects_generation.marksweep.out
import gc
gc.collect()
marker = [["marker"]]
print(any(o is marker for o in gc.get_objects(0)))
gc.collect(0)
print(any(o is marker for o in gc.get_objects(0)), any(o is marker for o in gc.get_objects(1)))
gc.collect(1)
print(any(o is marker for o in gc.get_objects(2)))
try:
    gc.get_objects(3)
except ValueError as e:
    print(e)
