# Tic-tac-toe with minimax: the computer plays both sides from scripted openings; boards printed.
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None

@lru_cache(maxsize=None)
def minimax(b, player):
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in b:
        return 0, None
    best = None
    for i, cell in enumerate(b):
        if cell == ".":
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best

def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))

for opening in ["....X....", "X........", "X...O...."]:
    b = opening
    player = "O" if b.count("X") > b.count("O") else "X"
    moves = []
    while not winner(b) and "." in b:
        _, i = minimax(b, player)
        moves.append(i)
        b = b[:i] + player + b[i + 1:]
        player = "O" if player == "X" else "X"
    print(opening, "->", moves, "winner:", winner(b) or "draw")
    print(show(b))
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"), minimax.cache_info().currsize > 1000)
