# The start-up cache's training run (./pyheap makes .pyheap-build/aot/*.aot with it after a build):
# a short program taking the paths most programs take at start-up, so the classes they load are
# kept loaded and linked in the cache. Its output is not shown.
import gc
import json
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


points = [Point(i, i * i) for i in range(200)]
total = 0
for p in points:
    total += p.y
try:
    {}["missing"]
except KeyError as e:
    message = str(e)
a = []
a.append(a)
del a
print(json.dumps({"total": total, "last": repr(points[-1]), "message": message}), gc.collect(),
      sys.getsizeof(points))
