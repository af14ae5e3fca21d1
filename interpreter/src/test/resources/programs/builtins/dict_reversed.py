# reversed() over a dict and its views: dictreviter_iternext walks the entries from the last one down.
import sys

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
print(list(reversed(d)))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed(d)
print(type(r).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(r.__length_hint__(), next(r), r.__length_hint__())
print(list(reversed({})), list(reversed({}.items())))

# the length changed: RuntimeError, and it stays raised
r = reversed(d)
next(r)
d["e"] = 5
for attempt in range(2):
    try:
        next(r)
    except RuntimeError as e:
        print("RuntimeError:", e)

# an instance's split-table dict
class C:
    pass
c = C()
c.x, c.y, c.z = 1, 2, 3
print(list(reversed(c.__dict__)), list(reversed(c.__dict__.items())))

# the items iterator hands its result tuple out again when nobody kept it
items = reversed({"k1": 1, "k2": 2, "k3": 3}.items())
ids = {id(pair) for pair in items}
print("one tuple:", len(ids) == 1)
kept = [pair for pair in reversed({"k1": 1, "k2": 2}.items())]
print(kept, kept[0] is not kept[1])

# the iterator holds the dict
big = {i: str(i) for i in range(5)}
before = sys.getrefcount(big)
it = reversed(big)
print(sys.getrefcount(big) - before)
print(list(it), sys.getrefcount(big) - before)
try:
    d.__reversed__(1)
except TypeError as e:
    print("TypeError:", e)
