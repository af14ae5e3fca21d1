# _collections.defaultdict (collections' own, in C in CPython): __missing__ calls default_factory and
# stores the value; get/in never do; without a factory a missing key is KeyError; repr, copy,
# equality with dicts, sizes, and the factory's reference.
# refcount: expect defaultdict_core.refcount.out
import gc
import sys
from _collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), d.get("c"), "c" in d, d == {"a": [1, 2], "b": []})
print(type(d), isinstance(d, dict), defaultdict.__mro__)
counts = defaultdict(int, {"x": 5}, y=1)
for ch in "xyzx":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError:", e)
c = d.copy()
print(c, c is not d, c["a"] is d["a"], type(c).__name__, c.default_factory is list)
print(d.__missing__("m"), d["m"], dict.__getitem__(d, "n"), sorted(d))
d.default_factory = None
print(d)
print(sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(list)), gc.is_tracked(defaultdict()))

class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)

t = Tally()
t["q"] += 2
print(t, type(t).__name__)
def factory():
    return "made"
f = defaultdict(factory)
before = sys.getrefcount(factory)
g = f.copy()
print(sys.getrefcount(factory) - before, f["z"], repr(f).startswith("defaultdict(<function factory at"))
loop = defaultdict(list)
loop["self"].append(loop)
del loop
print(gc.collect())
