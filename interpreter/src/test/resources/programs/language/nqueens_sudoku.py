# N-queens by backtracking (counts for n=1..8, first solution drawn) and a small sudoku solver.
def queens(n):
    cols, d1, d2 = set(), set(), set()
    placed = []
    def place(r):
        if r == n:
            yield tuple(placed)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            yield from place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placed.pop()
    return place(0)

print([sum(1 for _ in queens(n)) for n in range(1, 9)])
first = next(queens(8))
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(ch) if ch != "." else 0 for ch in row] for row in PUZZLE.split()]

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

steps = 0
def solve(g):
    global steps
    empties = [(r, c) for r in range(9) for c in range(9) if not g[r][c]]
    if not empties:
        return True
    r, c = min(empties, key=lambda rc: len(candidates(g, *rc)))
    for d in candidates(g, r, c):
        steps += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False

print(solve(grid), steps)
for row in grid:
    print("".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
