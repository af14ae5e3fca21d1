# heapq: priority queue simulation, Dijkstra on a random graph, nsmallest/merge.
import heapq
import random

rng = random.Random(99)
N = 20000
adj = [[] for _ in range(N)]
for u in range(N):
    for _ in range(5):
        v = rng.randrange(N)
        adj[u].append((v, rng.randrange(1, 100)))
dist = [None] * N
h = [(0, 0)]
while h:
    d, u = heapq.heappop(h)
    if dist[u] is not None:
        continue
    dist[u] = d
    for v, w in adj[u]:
        if dist[v] is None:
            heapq.heappush(h, (d + w, v))
reach = [d for d in dist if d is not None]
events = []
for i in range(200000):
    heapq.heappush(events, (rng.random(), i))
    if len(events) > 1000:
        heapq.heapreplace(events, (rng.random(), -i))
top = heapq.nsmallest(10, events)
runs = [sorted(rng.randrange(10 ** 6) for _ in range(20000)) for _ in range(5)]
merged = list(heapq.merge(*runs))
print(len(reach), sum(reach) % 1000003, max(reach), top[0][1], merged[1000], len(merged))
