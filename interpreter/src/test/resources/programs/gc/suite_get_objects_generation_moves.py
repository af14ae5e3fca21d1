# From CPython's gc tests: a new container is in generation 0; collect(0) moves it to 1,
# collect(1) to 2, and collect(2) keeps it in 2.
# refcount: expect suite_get_objects_generation_moves.refcount.out
# marksweep: expect suite_get_objects_generation_moves.marksweep.out
import gc

def where(obj):
    return [any(obj is e for e in gc.get_objects(generation=g)) for g in range(3)]

gc.collect()
l = []
l.append(l)
print("new:", where(l))
gc.collect(generation=0)
print("after collect(0):", where(l))
gc.collect(generation=1)
print("after collect(1):", where(l))
gc.collect(generation=2)
print("after collect(2):", where(l))
del l
gc.collect()
