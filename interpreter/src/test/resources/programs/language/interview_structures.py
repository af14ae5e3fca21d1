# Interview-question data structures in one sitting: a trie with prefix counts and deletion,
# union-find with path compression and union by rank (counting islands), a min-stack, an LRU cache
# on OrderedDict, Dijkstra with heapq and a visited set, topological order with graphlib and its
# CycleError, and a monotonic-stack "next greater element".
from collections import OrderedDict, defaultdict
import heapq, graphlib

class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {"#count": 0})
            node["#count"] += 1
        node["$"] = True
    def count_prefix(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return 0
            node = node[ch]
        return node["#count"]
    def words(self, node=None, prefix=""):
        node = self.root if node is None else node
        if node.get("$"):
            yield prefix
        for ch in sorted(k for k in node if len(k) == 1 and k != "$"):
            yield from self.words(node[ch], prefix + ch)

t = Trie()
for w in ["apple", "app", "apply", "ape", "bat", "bath"]:
    t.insert(w)
print(t.count_prefix("ap"), t.count_prefix("app"), t.count_prefix("c"), list(t.words()))

class DSU:
    def __init__(self, n):
        self.parent, self.rank = list(range(n)), [0] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True

grid = ["11000", "11010", "00100", "00011"]
rows, cols = len(grid), len(grid[0])
dsu = DSU(rows * cols)
land = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "1"}
for r, c in land:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in land:
            dsu.union(r * cols + c, (r + dr) * cols + c + dc)
print("islands:", len({dsu.find(r * cols + c) for r, c in land}))

class MinStack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append((v, min(v, self.items[-1][1]) if self.items else v))
    def pop(self):
        return self.items.pop()[0]
    def min(self):
        return self.items[-1][1]
ms = MinStack()
for v in [5, 3, 7, 3, 1]:
    ms.push(v)
print([(ms.min(), ms.pop()) for _ in range(5)])

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1); cache.put(2, 2); print(cache.get(1)); cache.put(3, 3); print(cache.get(2)); cache.put(4, 4)
print(cache.get(1), cache.get(3), cache.get(4), cache)

def dijkstra(edges, start):
    graph = defaultdict(list)
    for a, b, w in edges:
        graph[a].append((b, w))
        graph[b].append((a, w))
    dist, heap, done = {start: 0}, [(0, start)], set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dict(sorted(dist.items()))
print(dijkstra([("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)], "A"))

ts = graphlib.TopologicalSorter({"deploy": {"test", "build"}, "test": {"build"}, "build": {"fetch"}, "docs": {"fetch"}})
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    ts2.prepare()
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], e.args[1])

def next_greater(nums):
    res, stack = [-1] * len(nums), []
    for i, n in enumerate(nums):
        while stack and nums[stack[-1]] < n:
            res[stack.pop()] = n
        stack.append(i)
    return res
print(next_greater([2, 1, 2, 4, 3]), next_greater([]))
