# Sizes of the objects around a dict: its key/value/item views, their
# iterators (forward and reversed), OrderedDict's, defaultdict and Counter
# headers, and a dict's size through fromkeys, copy, | and |=.
import sys
from collections import OrderedDict, defaultdict, Counter, ChainMap

d = {i: str(i) for i in range(10)}
rows = [
    ("dict", d),
    ("keys()", d.keys()),
    ("values()", d.values()),
    ("items()", d.items()),
    ("iter(d)", iter(d)),
    ("iter(values)", iter(d.values())),
    ("iter(items)", iter(d.items())),
    ("reversed(d)", reversed(d)),
    ("reversed(items)", reversed(d.items())),
]
od = OrderedDict(d)
rows += [
    ("OrderedDict", od),
    ("od.keys()", od.keys()),
    ("iter(od)", iter(od)),
    ("defaultdict(list)", defaultdict(list, d)),
    ("Counter", Counter(d)),
    ("ChainMap", ChainMap(d, {})),
]
for label, obj in rows:
    print(f"{label:<20} {type(obj).__name__:<28} {sys.getsizeof(obj)}")
print("fromkeys(range(10)):", sys.getsizeof(dict.fromkeys(range(10))))
print("copy:", sys.getsizeof(d.copy()), "dict(d):", sys.getsizeof(dict(d)), "{**d}:", sys.getsizeof({**d}))
print("d | {}:", sys.getsizeof(d | {}), "d | d:", sys.getsizeof(d | d))
e = {}
e |= d
print("|= into empty:", sys.getsizeof(e))
f = {}
f.update(d)
print("update into empty:", sys.getsizeof(f))
g = dict(d.items())
print("dict(items):", sys.getsizeof(g))
h = dict(zip(d, d.values()))
print("dict(zip):", sys.getsizeof(h))
print("od grows:", [sys.getsizeof(OrderedDict.fromkeys(range(n))) for n in (0, 1, 5, 6, 11, 22)])
