# Advent-of-Code style: Dijkstra on a weighted grid with heapq, A* with Manhattan heuristic, path reconstruction and rendering
import heapq
GRID = """1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581"""
g = [list(map(int, row)) for row in GRID.splitlines()]
H, W = len(g), len(g[0])

def neighbors(r, c, h, w):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w:
            yield nr, nc

def risk(r, c, scale):
    v = g[r % H][c % W] + r // H + c // W
    return (v - 1) % 9 + 1

def dijkstra(scale, heuristic=False):
    h, w = H * scale, W * scale
    goal = (h - 1, w - 1)
    dist = {(0, 0): 0}
    prev = {}
    pq = [(0, 0, (0, 0))]
    pops = 0
    while pq:
        _, d, node = heapq.heappop(pq)
        pops += 1
        if node == goal:
            break
        if d > dist.get(node, float("inf")):
            continue
        for nb in neighbors(*node, h, w):
            nd = d + risk(*nb, scale)
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                est = nd + ((goal[0] - nb[0]) + (goal[1] - nb[1]) if heuristic else 0)
                heapq.heappush(pq, (est, nd, nb))
    path = [goal]
    while path[-1] != (0, 0):
        path.append(prev[path[-1]])
    return dist[goal], path[::-1], pops

cost, path, pops = dijkstra(1)
print(cost, len(path), pops)
cost2, _, pops2 = dijkstra(1, heuristic=True)
print(cost2, pops2 <= pops)
print(dijkstra(5)[0])
on = set(path)
for r in range(H):
    print("".join(str(g[r][c]) if (r, c) in on else "." for c in range(W)))
