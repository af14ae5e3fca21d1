# Real script: graph searches: BFS, DFS, Dijkstra, topological sort, cycle detection.
from collections import deque
import heapq

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, [])

def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft(); order.append(n)
        for m, _ in graph[n]:
            if m not in seen:
                seen.add(m); q.append(m)
    return order

def dfs(n, seen=None):
    seen = [] if seen is None else seen
    seen.append(n)
    for m, _ in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}; prev = {}; pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist[n]: continue
        for m, w in graph[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m] = nd; prev[m] = n; heapq.heappush(pq, (nd, m))
    return dist, prev

def path(prev, t):
    p = [t]
    while p[-1] in prev: p.append(prev[p[-1]])
    return "->".join(reversed(p))

def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m, _ in graph[n]: indeg[m] += 1
    q = deque(sorted(n for n, d in indeg.items() if d == 0)); out = []
    while q:
        n = q.popleft(); out.append(n)
        for m, _ in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0: q.append(m)
    return out

print(bfs("A")); print(dfs("A"))
dist, prev = dijkstra("A")
for n in sorted(dist): print(n, dist[n], path(prev, n))
print(topo())
from graphlib import TopologicalSorter, CycleError
ts = TopologicalSorter({"b": {"a"}, "c": {"b"}, "d": {"a"}})
print(list(ts.static_order()))
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
