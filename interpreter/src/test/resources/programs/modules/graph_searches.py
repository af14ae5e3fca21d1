# Graph searches: BFS shortest path, DFS with recursion, Dijkstra with heapq, graphlib order and cycles.
from collections import deque, defaultdict
import heapq
from graphlib import TopologicalSorter, CycleError

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20)]
graph = defaultdict(dict)
for u, v, w in edges:
    graph[u][v] = w
    graph[v][u] = w

def bfs(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in sorted(graph[node]):
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None

def dfs(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    done = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))

print(bfs("A", "F"), bfs("F", "A"), bfs("A", "Z"))
print(dfs("A"))
print(dijkstra("A"))
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core", "log"}, "tests": {"app"}, "core": set()}
ts = TopologicalSorter(deps)
print(list(TopologicalSorter(deps).static_order()))
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
deps["core"] = {"tests"}
try:
    list(TopologicalSorter(deps).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], e.args[1])
ts2 = TopologicalSorter()
ts2.add("b", "a")
ts2.add("c", "b", "a")
print(tuple(ts2.static_order()))
try:
    ts2.add("d")
except ValueError as e:
    print("ValueError:", e)
