# The same table of 1000 records stored five ways, measured with
# sys.getsizeof over every container and its distinct items: a list of
# dicts, a list of tuples, a list of __slots__ objects, a dict of lists and
# a dict of arrays.
import array
import sys

N = 1000
names = [f"user{i:04d}" for i in range(N)]
ages = [20 + i % 50 for i in range(N)]
scores = [i * 0.5 for i in range(N)]

def total(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(total(k, seen) + total(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple)):
        size += sum(total(v, seen) for v in obj)
    elif hasattr(obj, "__slots__"):
        size += sum(total(getattr(obj, s), seen) for s in obj.__slots__)
    return size

class Rec:
    __slots__ = ("name", "age", "score")
    def __init__(self, name, age, score):
        self.name, self.age, self.score = name, age, score

layouts = {
    "list of dicts": [{"name": n, "age": a, "score": s} for n, a, s in zip(names, ages, scores)],
    "list of tuples": list(zip(names, ages, scores)),
    "list of slots": [Rec(n, a, s) for n, a, s in zip(names, ages, scores)],
    "dict of lists": {"name": list(names), "age": list(ages), "score": list(scores)},
    "dict of arrays": {"name": list(names), "age": array.array("b", ages), "score": array.array("d", scores)},
}
shared = set()
for n in names:
    shared.add(id(n))
base = total(names) - sys.getsizeof(names)
print("the name strs alone:", base)
for label, obj in layouts.items():
    t = total(obj)
    print(f"{label:<15} total={t:>7} per record={t / N:7.1f} without names={t - base:>7}")
print("one dict record:", sys.getsizeof(layouts["list of dicts"][0]), "one tuple:", sys.getsizeof(layouts["list of tuples"][0]),
      "one slots object:", sys.getsizeof(layouts["list of slots"][0]))
