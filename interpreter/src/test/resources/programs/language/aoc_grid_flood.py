# an Advent-of-Code style grid puzzle: low points, basins by BFS, a heap of the three largest
import heapq
from collections import deque
from math import prod

RAW = """2199943210
3987894921
9856789892
8767896789
9899965678"""

grid = [list(map(int, row)) for row in RAW.split()]
H, W = len(grid), len(grid[0])

def neighbours(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W:
            yield nr, nc

lows = [(r, c) for r in range(H) for c in range(W)
        if all(grid[r][c] < grid[nr][nc] for nr, nc in neighbours(r, c))]
print("low points:", lows)
print("risk:", sum(grid[r][c] + 1 for r, c in lows))

def basin(start):
    seen = {start}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for n in neighbours(r, c):
            if n not in seen and grid[n[0]][n[1]] != 9:
                seen.add(n)
                q.append(n)
    return seen

sizes = [len(basin(p)) for p in lows]
print("sizes:", sizes, "top3:", heapq.nlargest(3, sizes), "product:", prod(heapq.nlargest(3, sizes)))
picture = [["." for _ in range(W)] for _ in range(H)]
for i, p in enumerate(lows):
    for r, c in basin(p):
        picture[r][c] = "abcd"[i]
print("\n".join("".join(row) for row in picture))
transposed = list(zip(*grid))
print(transposed[0], max(map(sum, grid)), min(grid, key=sum))
