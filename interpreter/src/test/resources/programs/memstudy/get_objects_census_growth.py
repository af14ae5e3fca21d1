# Memory study: an objgraph-like census of gc.get_objects() by type, before and after a workload.
import gc
from collections import Counter

class Leaf:
    pass
class Branch:
    def __init__(self, n):
        self.leaves = [Leaf() for _ in range(n)]

def census():
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects())

before = census()
forest = [Branch(3) for _ in range(7)]
after = census()
growth = {k: after[k] - before[k] for k in after if after[k] != before[k]}
for k in sorted(growth):
    if k in ("Leaf", "Branch"):
        print(k, growth[k])
print("list grew by at least 8:", growth.get("list", 0) >= 8)
found = [o for o in gc.get_objects() if isinstance(o, Branch)]
print(len(found))
refs = gc.get_referents(forest[0])
print([type(r).__name__ for r in refs])
print(any(r is forest for r in gc.get_referrers(forest[0])))
del forest, found
after2 = census()
print("Leaf after del:", after2["Leaf"] - before["Leaf"])
print("tracked:", gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)))
