# Memory of a table held as a list of tuples, a tuple of lists (columns), a list of
# dicts and parallel arrays, measured by a recursive getsizeof.
import sys
from array import array

def size_of(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    s = sys.getsizeof(obj)
    if isinstance(obj, dict):
        s += sum(size_of(k, seen) + size_of(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple)):
        s += sum(size_of(x, seen) for x in obj)
    return s

N = 500
rows = [(i, i * 0.5, f"name{i}") for i in range(N)]
columns = (list(range(N)), [i * 0.5 for i in range(N)], [f"name{i}" for i in range(N)])
dicts = [{"id": i, "value": i * 0.5, "name": f"name{i}"} for i in range(N)]
arrays = (array("q", range(N)), array("d", (i * 0.5 for i in range(N))), [f"name{i}" for i in range(N)])

for label, table in [("rows", rows), ("columns", columns), ("dicts", dicts), ("arrays", arrays)]:
    print(f"{label:8} shallow={sys.getsizeof(table):6} deep={size_of(table):7}")

print("one row:", sys.getsizeof(rows[0]), "one dict:", sys.getsizeof(dicts[0]))
print("array q itemsize:", arrays[0].itemsize, "buffer:", arrays[0].buffer_info()[1])
print("array d:", sys.getsizeof(arrays[1]))
arrays[0].append(1)
print("after append:", sys.getsizeof(arrays[0]))
print("list growth:", [sys.getsizeof(list(range(n))) for n in (0, 1, 5, 9, 17)])
print("tuple growth:", [sys.getsizeof(tuple(range(n))) for n in (0, 1, 5, 9, 17)])
