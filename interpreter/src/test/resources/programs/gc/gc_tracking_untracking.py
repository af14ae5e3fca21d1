# Which objects the collector tracks: atomic contents untrack dicts and tuples.
import gc
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
t = tuple([1, 2])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
t2 = tuple([[], 1])
gc.collect()
print(gc.is_tracked(t2), gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(1.5), gc.is_tracked("s"))
d = {}
d["x"] = 1
print(gc.is_tracked(d))
d["y"] = [1]
print(gc.is_tracked(d))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
