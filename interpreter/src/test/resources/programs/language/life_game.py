# Conway's game of life on a set of live cells: a glider, a blinker, generations and bounding boxes.
from itertools import product

def neighbours(cell):
    x, y = cell
    for dx, dy in product((-1, 0, 1), repeat=2):
        if dx or dy:
            yield x + dx, y + dy

def step(live):
    counts = {}
    for c in live:
        for n in neighbours(c):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}

def render(live, w=8, h=6):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))

def parse(pattern):
    return {(x, y) for y, row in enumerate(pattern.strip().splitlines()) for x, ch in enumerate(row) if ch == "#"}

glider = parse("""
.#.
..#
###
""")
gen = glider
for i in range(5):
    print(f"gen {i}: {len(gen)} cells, box {min(gen)}..{max(gen)}")
    print(render(gen))
    gen = step(gen)
print(sorted(gen) == sorted((x + 1, y + 1) for x, y in glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
rpent = parse(".##\n##.\n.#.")
g = rpent
history = []
for i in range(30):
    history.append(len(g))
    g = step(g)
print(history)
