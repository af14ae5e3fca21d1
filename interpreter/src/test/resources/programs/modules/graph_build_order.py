# A build-order planner: graphlib.TopologicalSorter with static_order, prepare/get_ready/done for parallel batches, CycleError details, plus BFS/DFS with deque and a Dijkstra by heapq over a weighted dependency graph.
import heapq
from collections import deque
from graphlib import CycleError, TopologicalSorter

deps = {
    "app": set(["lib", "config", "ui"]),
    "ui": {"lib", "assets"},
    "lib": {"core"},
    "config": {"core"},
    "tests": {"app"},
    "assets": set(),
    "core": set(),
}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order)
print(all(order.index(d) < order.index(n) for n, ds in deps.items() for d in ds))

ts = TopologicalSorter(deps)
ts.prepare()
batch = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    batch += 1
    print(f"batch {batch}: {ready}")
    ts.done(*ready)
try:
    ts.done("core")
except ValueError as e:
    print("ValueError:", e)

cyclic = TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]})
try:
    cyclic.prepare()
except CycleError as e:
    msg, cycle = e.args
    print("CycleError:", msg, len(cycle), cycle[0] == cycle[-1])
t2 = TopologicalSorter()
t2.add("x", "y"); t2.add("y"); t2.add("z", "x", "y")
print(list(t2.static_order()))
try:
    t2.add("late")
except ValueError as e:
    print("ValueError:", e)
t3 = TopologicalSorter({"a": []})
try:
    t3.get_ready()
except ValueError as e:
    print("ValueError:", e)

graph = {n: sorted(ds) for n, ds in deps.items()}
def bfs(start):
    seen, q, out = {start}, deque([start]), []
    while q:
        n = q.popleft(); out.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return out
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    if n not in seen:
        seen.append(n)
        for m in graph[n]:
            dfs(m, seen)
    return seen
print(bfs("tests"), dfs("tests"))

cost = {("tests", "app"): 5, ("app", "lib"): 2, ("app", "config"): 1, ("app", "ui"): 4, ("ui", "lib"): 1,
        ("ui", "assets"): 3, ("lib", "core"): 7, ("config", "core"): 2}
def dijkstra(src):
    dist, prev, pq = {src: 0}, {}, [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist[n]:
            continue
        for m in graph[n]:
            nd = d + cost[(n, m)]
            if nd < dist.get(m, float("inf")):
                dist[m], prev[m] = nd, n
                heapq.heappush(pq, (nd, m))
    return dist, prev
dist, prev = dijkstra("tests")
path, n = [], "core"
while n != "tests":
    path.append(n); n = prev[n]
print(sorted(dist.items()), ["tests"] + path[::-1])
list(TopologicalSorter({1: [2], 2: [1]}).static_order())
