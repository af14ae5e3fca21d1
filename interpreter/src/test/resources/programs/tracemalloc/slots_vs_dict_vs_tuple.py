# tracemalloc measures 1000 records as __dict__ instances, __slots__ instances, tuples and namedtuples.
import tracemalloc
from collections import namedtuple

class D:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

class S:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

NT = namedtuple("NT", "x y z")

def measure(make):
    tracemalloc.start()
    objs = [make(i) for i in range(1000)]
    size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size, len(objs)

results = {}
for name, make in [("dict", lambda i: D(i, -i, 0)), ("slots", lambda i: S(i, -i, 0)),
                   ("tuple", lambda i: (i, -i, 0)), ("namedtuple", lambda i: NT(i, -i, 0))]:
    results[name] = measure(make)[0]
for name, size in results.items():
    print(f"{name:10} {size // 1000} bytes per record")
print("slots < dict", results["slots"] < results["dict"])
print("tuple == namedtuple", results["tuple"] == results["namedtuple"])
