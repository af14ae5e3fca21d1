# A tuple whose items are all atoms is untracked by the first collection that examines it; a
# tuple holding a container stays tracked. A tuple of atom tuples needs two collections in
# CPython: the collector's walk moves the inner tuples behind the outer one, so when untrack_tuples
# reaches the outer tuple its items are still tracked.
# refcount: expect untrack_tuples.refcount.out
# (refcount's gc.collect() finds nothing and moves nothing: its untracking pass walks the tracked
# objects in creation order, inner tuples first, so the outer tuple goes in the first collection.)
import gc

gc.collect()
atoms = tuple([1, "two", 3.0])
mixed = tuple([1, []])
print("before:", gc.is_tracked(atoms), gc.is_tracked(mixed))
gc.collect()
print("after a collection:", gc.is_tracked(atoms), gc.is_tracked(mixed))
nested = (tuple([1, 2]), tuple([3]))
gc.collect()
print("tuple of atom tuples after one collection:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect()
print("after a second collection:", gc.is_tracked(nested))
