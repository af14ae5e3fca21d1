# A whole application: a set of puzzle solvers as people write them: sudoku by constraint
# propagation and backtracking (with sets of candidates), N-queens by bitmasks and by generators,
# 0/1 knapsack by dynamic programming and by lru_cache'd recursion, coin change, the longest
# common subsequence with its table, a word ladder by BFS and the Tower of Hanoi's moves.
from functools import lru_cache, reduce
from itertools import permutations, combinations
from collections import deque
import string

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


class Sudoku:
    def __init__(self, text):
        rows = [r for r in text.split() if r]
        self.grid = [[int(c) if c.isdigit() else 0 for c in r] for r in rows]
        self.guesses = 0
        self.propagations = 0

    def candidates(self, r, c):
        used = set(self.grid[r]) | {self.grid[i][c] for i in range(9)}
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used |= {self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
        return set(range(1, 10)) - used

    def propagate(self):
        changed = True
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c] == 0:
                        cand = self.candidates(r, c)
                        if not cand:
                            return False
                        if len(cand) == 1:
                            self.grid[r][c] = cand.pop()
                            self.propagations += 1
                            changed = True
        return True

    def solve(self):
        saved = [row[:] for row in self.grid]
        if not self.propagate():
            self.grid = saved
            return False
        empties = [(len(self.candidates(r, c)), r, c) for r in range(9) for c in range(9) if self.grid[r][c] == 0]
        if not empties:
            return True
        _, r, c = min(empties)
        for v in sorted(self.candidates(r, c)):
            self.guesses += 1
            self.grid[r][c] = v
            if self.solve():
                return True
            self.grid[r][c] = 0
        self.grid = saved
        return False

    def valid(self):
        units = [row for row in self.grid] + [list(col) for col in zip(*self.grid)]
        units += [[self.grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
                  for br in (0, 3, 6) for bc in (0, 3, 6)]
        return all(sorted(u) == list(range(1, 10)) for u in units)

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            cells = [str(v or ".") for v in row]
            lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
        return "\n".join(lines)


s = Sudoku(PUZZLE)
print(s)
print("solved:", s.solve(), "valid:", s.valid(), "guesses:", s.guesses, "propagated:", s.propagations)
print(s)
hard = Sudoku("..9748... 7........ .2.1.9... ..7...24. .64.1.59. .98...3.. ...8.3.2. ........6 ...2759..")
print("hard solved:", hard.solve(), hard.valid(), "guesses:", hard.guesses)
print("".join(map(str, hard.grid[0])), "".join(map(str, hard.grid[8])))


def queens_bits(n):
    count = 0
    first = None
    def place(row, cols, d1, d2, acc):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = acc[:]
            return
        free = ~(cols | d1 | d2) & ((1 << n) - 1)
        while free:
            bit = free & -free
            free ^= bit
            acc.append(bit.bit_length() - 1)
            place(row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1, acc)
            acc.pop()
    place(0, 0, 0, 0, [])
    return count, first


def queens_gen(n, placed=()):
    if len(placed) == n:
        yield placed
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != len(placed) - r for r, pc in enumerate(placed)):
            yield from queens_gen(n, placed + (c,))


for n in range(1, 9):
    count, first = queens_bits(n)
    gen = queens_gen(n)
    print(f"{n}-queens: {count:3d} solutions, first {first}, generator first {next(gen, None)}")
board = next(queens_gen(6))
print("\n".join("".join("Q" if board[r] == c else "." for c in range(6)) for r in range(6)))

ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30),
         ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40), ("waterproof", 42, 70),
         ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50)]


def knapsack_table(items, cap):
    best = [0] * (cap + 1)
    keep = [[False] * (cap + 1) for _ in items]
    for i, (_, w, v) in enumerate(items):
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                keep[i][c] = True
    chosen, c = [], cap
    for i in range(len(items) - 1, -1, -1):
        if keep[i][c]:
            chosen.append(items[i][0])
            c -= items[i][1]
    return best[cap], sorted(chosen)


def knapsack_memo(items, cap):
    @lru_cache(maxsize=None)
    def go(i, c):
        if i == len(items):
            return 0
        _, w, v = items[i]
        skip = go(i + 1, c)
        return max(skip, v + go(i + 1, c - w)) if w <= c else skip
    result = go(0, cap)
    return result, go.cache_info()


value, chosen = knapsack_table(ITEMS, 400)
memo_value, info = knapsack_memo(tuple(ITEMS), 400)
print("knapsack:", value, memo_value, chosen)
print("weight:", sum(w for n, w, _ in ITEMS if n in chosen), info.hits > 0, info.maxsize, type(info).__name__)


def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


def min_coins(coins, amount):
    best = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        best[a] = min((best[a - c] + 1 for c in coins if c <= a), default=float("inf"))
    return best[amount]


print("ways to make 100:", coin_ways([1, 5, 10, 25, 50], 100), "min coins 63:", min_coins([1, 5, 10, 21, 25], 63),
      "impossible:", min_coins([5, 10], 3))


def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            t[i][j] = t[i - 1][j - 1] + 1 if x == y else max(t[i - 1][j], t[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i, j = i - 1, j - 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out)), t


seq, table = lcs("AGGTABQXY", "GXTXAYBQY")
print("lcs:", seq, len(seq), table[-1][-4:])

WORDS = {"cold", "cord", "card", "ward", "warm", "word", "worm", "corm", "core", "care", "wore", "ware"}


def ladder(start, goal):
    q = deque([[start]])
    seen = {start}
    while q:
        path = q.popleft()
        if path[-1] == goal:
            return path
        for i in range(len(start)):
            for ch in string.ascii_lowercase:
                w = path[-1][:i] + ch + path[-1][i + 1:]
                if w in WORDS and w not in seen:
                    seen.add(w)
                    q.append(path + [w])
    return None


print("ladder:", ladder("cold", "warm"), ladder("cold", "xxxx"))


def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (n, a, c)
        yield from hanoi(n - 1, b, a, c)


moves = list(hanoi(5))
print("hanoi 5:", len(moves), moves[:4], moves[-1])
def number(*digits):
    return reduce(lambda x, d: x * 10 + d, digits)


# TO + GO = OUT: letters T, O, G, U
to_go_out = [p for p in permutations(range(10), 4)
             if p[0] and p[2] and number(p[0], p[1]) + number(p[2], p[1]) == number(p[1], p[3], p[0])]
print("TO+GO=OUT:", to_go_out)
subsets = [c for k in range(1, 6) for c in combinations([3, 34, 4, 12, 5, 2], k) if sum(c) == 9]
print("subset sums to 9:", subsets)
