# A whole application: a small graph library (adjacency dicts, a Graph class with operators) run on
# generated graphs: Dijkstra with heapq and path rebuilding, Bellman-Ford with a negative cycle,
# topological sort (Kahn and DFS, with the cycle found), union-find with Kruskal's MST, BFS/DFS
# orders, connected and strongly connected components (Tarjan), bipartiteness and a max-flow.
import heapq
import random
from collections import deque, defaultdict
from functools import total_ordering


class NegativeCycle(Exception):
    pass


class CycleError(ValueError):
    def __init__(self, cycle):
        super().__init__("graph has a cycle: " + " -> ".join(map(str, cycle)))
        self.cycle = cycle


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
        return self

    def __iter__(self):
        return iter(sorted(self.adj))

    def __len__(self):
        return len(self.adj)

    def __contains__(self, node):
        return node in self.adj

    def edges(self):
        seen = set()
        for u in sorted(self.adj):
            for v, w in sorted(self.adj[u].items()):
                if self.directed or (v, u) not in seen:
                    seen.add((u, v))
                    yield u, v, w

    def __repr__(self):
        kind = "Digraph" if self.directed else "Graph"
        return f"<{kind} {len(self)} nodes, {sum(1 for _ in self.edges())} edges>"

    def __add__(self, other):
        g = Graph(self.directed)
        for src in (self, other):
            for u, v, w in src.edges():
                g.add_edge(u, v, w)
        return g


def random_graph(n, p, seed, directed=False, wmax=20):
    rng = random.Random(seed)
    g = Graph(directed)
    for u in range(n):
        g.adj[u]
        for v in range(n):
            if u != v and (directed or u < v) and rng.random() < p:
                g.add_edge(u, v, rng.randint(1, wmax))
    return g


def dijkstra(g, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    pops = 0
    while heap:
        d, u = heapq.heappop(heap)
        pops += 1
        if d > dist[u]:
            continue
        for v, w in g.adj[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, pops


def path_to(prev, source, target):
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]


def bellman_ford(g, source):
    dist = {u: float("inf") for u in g}
    dist[source] = 0
    edges = [(u, v, w) for u in g for v, w in g.adj[u].items()]
    for _ in range(len(g) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise NegativeCycle(f"negative cycle reachable through edge {u}->{v} (w={w})")
    return dist


def topo_kahn(g):
    indeg = {u: 0 for u in g}
    for u, v, _ in g.edges():
        indeg[v] += 1
    ready = [u for u in g if indeg[u] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in sorted(g.adj[u]):
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    if len(order) != len(g):
        raise CycleError(find_cycle(g))
    return order


def find_cycle(g):
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    stack = []

    def visit(u):
        color[u] = GREY
        stack.append(u)
        for v in sorted(g.adj[u]):
            if color[v] == GREY:
                return stack[stack.index(v):] + [v]
            if color[v] == WHITE:
                found = visit(v)
                if found:
                    return found
        stack.pop()
        color[u] = BLACK
        return None

    for u in g:
        if color[u] == WHITE:
            c = visit(u)
            if c:
                return c
    return []


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True


@total_ordering
class Edge:
    __slots__ = ("u", "v", "w")

    def __init__(self, u, v, w):
        self.u, self.v, self.w = u, v, w

    def __eq__(self, other):
        return (self.w, self.u, self.v) == (other.w, other.u, other.v)

    def __lt__(self, other):
        return (self.w, self.u, self.v) < (other.w, other.u, other.v)

    def __repr__(self):
        return f"{self.u}-{self.v}:{self.w}"


def kruskal(g):
    ds = DisjointSet(g)
    tree = [e for e in sorted(Edge(*t) for t in g.edges()) if ds.union(e.u, e.v)]
    return tree, len({ds.find(x) for x in g})


def bfs(g, s):
    seen, order, q = {s}, [], deque([s])
    while q:
        u = q.popleft()
        order.append(u)
        for v in sorted(g.adj[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order


def dfs(g, s):
    seen, order, stack = set(), [], [s]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(sorted(g.adj[u], reverse=True))
    return order


def tarjan(g):
    index, low, on, stack, comps = {}, {}, set(), [], []
    counter = [0]

    def strong(u):
        index[u] = low[u] = counter[0]
        counter[0] += 1
        stack.append(u)
        on.add(u)
        for v in sorted(g.adj[u]):
            if v not in index:
                strong(v)
                low[u] = min(low[u], low[v])
            elif v in on:
                low[u] = min(low[u], index[v])
        if low[u] == index[u]:
            comp = []
            while True:
                x = stack.pop()
                on.discard(x)
                comp.append(x)
                if x == u:
                    break
            comps.append(sorted(comp))

    for u in g:
        if u not in index:
            strong(u)
    return comps


def bipartite(g):
    side = {}
    for s in g:
        if s in side:
            continue
        side[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for v in g.adj[u]:
                if v not in side:
                    side[v] = 1 - side[u]
                    q.append(v)
                elif side[v] == side[u]:
                    return False, (u, v)
    return True, sorted(u for u in side if side[u] == 0)


def max_flow(g, s, t):
    cap = defaultdict(int)
    for u, v, w in g.edges():
        cap[u, v] += w
    flow = 0
    rounds = 0
    while True:
        prev = {s: None}
        q = deque([s])
        while q and t not in prev:
            u = q.popleft()
            for v in sorted(set(g.adj[u]) | {a for (a, b) in cap if b == u}):
                if v not in prev and cap[u, v] > 0:
                    prev[v] = u
                    q.append(v)
        if t not in prev:
            return flow, rounds
        bottleneck, v = float("inf"), t
        while prev[v] is not None:
            bottleneck = min(bottleneck, cap[prev[v], v])
            v = prev[v]
        v = t
        while prev[v] is not None:
            cap[prev[v], v] -= bottleneck
            cap[v, prev[v]] += bottleneck
            v = prev[v]
        flow += bottleneck
        rounds += 1


g = random_graph(30, 0.12, seed=7)
print(g, 0 in g, 99 in g)
dist, prev, pops = dijkstra(g, 0)
print("reachable:", len(dist), "pops:", pops)
for target in sorted(dist, key=lambda x: (-dist[x], x))[:5]:
    print(f"  0 -> {target:2d}: {dist[target]:3d} via {path_to(prev, 0, target)}")
print("bellman-ford agrees:", all(bellman_ford(g, 0)[k] == v for k, v in dist.items()))
neg = Graph(directed=True).add_edge("a", "b", 4).add_edge("b", "c", -2).add_edge("c", "a", -3).add_edge("c", "d", 1)
try:
    bellman_ford(neg, "a")
except NegativeCycle as exc:
    print("NegativeCycle:", exc)

dag = random_graph(12, 0.25, seed=3, directed=True)
acyclic = Graph(directed=True)
for u, v, w in dag.edges():
    if u < v:
        acyclic.add_edge(u, v, w)
print(acyclic, "kahn:", topo_kahn(acyclic))
try:
    topo_kahn(dag)
except CycleError as exc:
    print(type(exc).__name__, exc, isinstance(exc, ValueError), exc.cycle[0] == exc.cycle[-1])

tree, parts = kruskal(g)
print("mst edges:", len(tree), "weight:", sum(e.w for e in tree), "components:", parts)
print("lightest:", tree[:6], Edge(1, 2, 3) <= Edge(1, 2, 3), Edge(0, 5, 2) > Edge(9, 9, 1))
print("bfs:", bfs(g, 0)[:15])
print("dfs:", dfs(g, 0)[:15])
comps = tarjan(dag)
print("scc:", sorted(comps, key=lambda c: (-len(c), c))[:4], "count:", len(comps))
grid = Graph()
for r in range(4):
    for c in range(5):
        if c < 4:
            grid.add_edge((r, c), (r, c + 1))
        if r < 3:
            grid.add_edge((r, c), (r + 1, c))
ok, part = bipartite(grid)
print("grid bipartite:", ok, len(part), part[:4])
print("triangle bipartite:", bipartite(Graph().add_edge(1, 2).add_edge(2, 3).add_edge(3, 1)))
net = random_graph(10, 0.35, seed=11, directed=True, wmax=9)
print(net, "max flow 0->9:", max_flow(net, 0, 9))
other = random_graph(30, 0.05, seed=8)
merged = g + other
print(merged, len(list(merged.edges())) <= len(list(g.edges())) + len(list(other.edges())))
ds = DisjointSet("abcdefgh")
for a, b in ["ab", "cd", "ef", "ac", "gh", "ag", "bd"]:
    print(a + b, ds.union(a, b), end="; ")
print()
print({x: ds.find(x) for x in "abcdefgh"}, max(ds.rank.values()))
print(g + grid)  # nodes of two kinds cannot be sorted: the repr fails
