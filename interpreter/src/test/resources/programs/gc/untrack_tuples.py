# A tuple whose items are all atoms is untracked by the first collection that examines it; a
# tuple holding a container stays tracked.
import gc

gc.collect()
atoms = tuple([1, "two", 3.0])
mixed = tuple([1, []])
print("before:", gc.is_tracked(atoms), gc.is_tracked(mixed))
gc.collect()
print("after a collection:", gc.is_tracked(atoms), gc.is_tracked(mixed))
nested = (tuple([1, 2]), tuple([3]))
gc.collect()
print("tuple of atom tuples:", gc.is_tracked(nested))
