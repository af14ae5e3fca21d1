# gc.is_tracked across the lazy untracking of tuples (at a collection) and dicts (on insertion).
# collectors: generational marksweep
import gc

t = tuple([1, 2, "three"])
print("fresh tuple of atoms:", gc.is_tracked(t))
gc.collect()
print("after collect:", gc.is_tracked(t))

t2 = tuple([1, [2]])
gc.collect()
print("tuple holding a list after collect:", gc.is_tracked(t2))

nested = tuple([tuple([1, 2]), tuple(["a"])])
print("nested fresh:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect()
print("nested after collect:", gc.is_tracked(nested), gc.is_tracked(nested[0]))

d = {}
print("empty dict:", gc.is_tracked(d))
d["a"] = 1
d[2] = "b"
print("dict of atoms:", gc.is_tracked(d))
d["l"] = []
print("dict with a list:", gc.is_tracked(d))
del d["l"]
print("list removed:", gc.is_tracked(d))
gc.collect()
print("after collect:", gc.is_tracked(d))

d2 = dict(a=1, b=2)
print("dict(a=1, b=2):", gc.is_tracked(d2))
d3 = {"x": (1, 2)}
print("dict holding a tuple literal:", gc.is_tracked(d3))
d4 = {"x": tuple([1, 2])}
print("dict holding a built tuple:", gc.is_tracked(d4))
gc.collect()
print("  after collect:", gc.is_tracked(d4), gc.is_tracked(d4["x"]))

for value in [1, 1.5, "s", b"b", None, 1j, range(3), [], {}, set(), frozenset(), (), object(), lambda: 0, type]:
    print(type(value).__name__, gc.is_tracked(value))
