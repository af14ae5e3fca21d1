# Which objects does the cycle collector track? A survey over the builtin types.
# Automatic collection is off while it surveys: a collection untracks a tuple of atoms, and whether
# one comes before the survey depends on how many containers start-up left counted.
import gc
gc.disable()

class Plain:
    pass

class Slotted:
    __slots__ = ('a',)

def func():
    pass

samples = [
    ("int", 1), ("big int", 2 ** 100), ("float", 1.5), ("complex", 1j), ("str", "abc"),
    ("bytes", b"abc"), ("bool", True), ("None", None), ("bytearray", bytearray(b"a")),
    ("empty list", []), ("list of ints", [1, 2]), ("empty tuple", ()),
    ("tuple of ints", (1, 2)), ("tuple with list", ([],)),
    ("empty dict", {}), ("dict of atoms", {"a": 1}), ("dict with list", {"a": []}),
    ("set", {1, 2}), ("frozenset", frozenset({1})), ("range", range(3)),
    ("function", func), ("lambda", lambda: 0), ("class", Plain), ("instance", Plain()),
    ("slotted instance", Slotted()), ("module", gc), ("builtin function", len),
    ("generator", (i for i in [])), ("iterator", iter([])), ("slice", slice(1)),
    ("type", type), ("object()", object()), ("property", property()),
    ("memoryview", memoryview(b"")), ("Exception", Exception("x")),
]
for name, obj in samples:
    print(f"{name:<18} {gc.is_tracked(obj)}")

t = tuple([1, 2, 3])
print("runtime tuple of ints before collect:", gc.is_tracked(t))
gc.collect()
print("after collect:", gc.is_tracked(t))
d = {}
d["a"] = 1
print("dict gets an int:", gc.is_tracked(d))
d["b"] = [1]
print("dict gets a list:", gc.is_tracked(d))
d2 = dict(a=1)
d2["b"] = "x"
print("dict of str values:", gc.is_tracked(d2))
nested = tuple([(1, 2), (3, 4)])
gc.collect()
print("nested atomic tuples after one collect:", gc.is_tracked(nested))
gc.collect()
print("after two collects:", gc.is_tracked(nested))
