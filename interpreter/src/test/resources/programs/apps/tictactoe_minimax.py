# A whole application: board games with game-tree search: tic-tac-toe solved by minimax with a
# transposition table (a dict keyed by the board string, hits counted), alpha-beta on Connect Four
# to a fixed depth with a heuristic, the games played out move by move and drawn as text, plus
# Nim by its xor rule checked against brute force with functools.cache.
from functools import cache
from itertools import product
import operator

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class TicTacToe:
    def __init__(self):
        self.table = {}
        self.nodes = 0
        self.hits = 0

    @staticmethod
    def winner(b):
        for a, c, d in LINES:
            if b[a] != "." and b[a] == b[c] == b[d]:
                return b[a]
        return None

    def minimax(self, b, player):
        key = (b, player)
        if key in self.table:
            self.hits += 1
            return self.table[key]
        self.nodes += 1
        w = self.winner(b)
        if w:
            result = (1 if w == "X" else -1, None)
        elif "." not in b:
            result = (0, None)
        else:
            best = None
            for i in (4, 0, 2, 6, 8, 1, 3, 5, 7):
                if b[i] != ".":
                    continue
                nb = b[:i] + player + b[i + 1:]
                score, _ = self.minimax(nb, "O" if player == "X" else "X")
                if best is None or (score > best[0] if player == "X" else score < best[0]):
                    best = (score, i)
            result = best
        self.table[key] = result
        return result

    @staticmethod
    def show(b):
        return "\n".join(" " + " | ".join(b[r * 3:r * 3 + 3]) for r in range(3))


ttt = TicTacToe()
score, move = ttt.minimax("." * 9, "X")
print(f"empty board: value {score}, best first move {move}, nodes {ttt.nodes}, table hits {ttt.hits}, positions {len(ttt.table)}")
board, player = "." * 9, "X"
history = []
while not ttt.winner(board) and "." in board:
    _, move = ttt.minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    history.append(move)
    player = "O" if player == "X" else "X"
print("perfect play:", history, "winner:", ttt.winner(board))
print(ttt.show(board))
for start in ["X...O....", "XX..O....", "X.O.X....", "OO.XX...."]:
    to_move = "X" if start.count("X") == start.count("O") else "O"
    print(f"{start} {to_move} to move -> {ttt.minimax(start, to_move)}")
values = {}
for b, p in ttt.table:
    values.setdefault(ttt.table[b, p][0], 0)
    values[ttt.table[b, p][0]] += 1
print("values over the table:", sorted(values.items()))


class ConnectFour:
    ROWS, COLS = 6, 7

    def __init__(self):
        self.cols = [[] for _ in range(self.COLS)]
        self.evals = 0

    def play(self, c, p):
        if len(self.cols[c]) >= self.ROWS:
            raise ValueError(f"column {c} is full")
        self.cols[c].append(p)

    def undo(self, c):
        self.cols[c].pop()

    def cell(self, r, c):
        col = self.cols[c]
        return col[r] if r < len(col) else None

    def windows(self):
        for r, c in product(range(self.ROWS), range(self.COLS)):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (-1, 1)):
                end_r, end_c = r + 3 * dr, c + 3 * dc
                if 0 <= end_r < self.ROWS and end_c < self.COLS:
                    yield [self.cell(r + k * dr, c + k * dc) for k in range(4)]

    def winner(self):
        for w in self.windows():
            if w[0] is not None and w.count(w[0]) == 4:
                return w[0]
        return None

    def heuristic(self):
        self.evals += 1
        score = 0
        for w in self.windows():
            a, b = w.count("A"), w.count("B")
            if a and b:
                continue
            score += {0: 0, 1: 1, 2: 4, 3: 16, 4: 1000}[a] - {0: 0, 1: 1, 2: 4, 3: 16, 4: 1000}[b]
        center = sum(1 for p in self.cols[3] if p == "A") - sum(1 for p in self.cols[3] if p == "B")
        return score + 3 * center

    def moves(self):
        return [c for c in (3, 2, 4, 1, 5, 0, 6) if len(self.cols[c]) < self.ROWS]

    def alphabeta(self, depth, alpha, beta, maximizing):
        w = self.winner()
        if w or depth == 0 or not self.moves():
            return (10000 if w == "A" else -10000 if w == "B" else self.heuristic()), None
        best_move = None
        if maximizing:
            value = -10 ** 9
            for c in self.moves():
                self.play(c, "A")
                v, _ = self.alphabeta(depth - 1, alpha, beta, False)
                self.undo(c)
                if v > value:
                    value, best_move = v, c
                alpha = max(alpha, value)
                if alpha >= beta:
                    break
        else:
            value = 10 ** 9
            for c in self.moves():
                self.play(c, "B")
                v, _ = self.alphabeta(depth - 1, alpha, beta, True)
                self.undo(c)
                if v < value:
                    value, best_move = v, c
                beta = min(beta, value)
                if alpha >= beta:
                    break
        return value, best_move

    def __str__(self):
        rows = []
        for r in range(self.ROWS - 1, -1, -1):
            rows.append("|" + "".join(self.cell(r, c) or "." for c in range(self.COLS)) + "|")
        return "\n".join(rows + ["+" + "-" * self.COLS + "+", " " + "".join(map(str, range(self.COLS)))])


game = ConnectFour()
turn = "A"
moves = []
for ply in range(16):
    depth = 3 if turn == "A" else 2
    _, col = game.alphabeta(depth, -10 ** 9, 10 ** 9, turn == "A")
    if col is None:
        break
    game.play(col, turn)
    moves.append(col)
    if game.winner():
        break
    turn = "B" if turn == "A" else "A"
print("\nconnect four moves:", moves, "winner:", game.winner(), "evaluations:", game.evals)
print(game)
try:
    for _ in range(7):
        game.play(0, "A")
except ValueError as exc:
    print("ValueError:", exc, "column 0 height:", len(game.cols[0]))


@cache
def nim_wins(heaps):
    for i, h in enumerate(heaps):
        for take in range(1, h + 1):
            nxt = tuple(sorted(heaps[:i] + (h - take,) + heaps[i + 1:]))
            if not nim_wins(nxt):
                return True
    return False


checked = 0
for heaps in product(range(5), repeat=3):
    key = tuple(sorted(heaps))
    xor = operator.xor(operator.xor(heaps[0], heaps[1]), heaps[2])
    assert nim_wins(key) == (xor != 0), heaps
    checked += 1
print("\nnim xor rule holds for", checked, "positions;", nim_wins.cache_info())
print("losing positions:", sorted({tuple(sorted(h)) for h in product(range(5), repeat=3) if not nim_wins(tuple(sorted(h)))}))
