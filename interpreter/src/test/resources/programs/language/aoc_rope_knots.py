# Advent-of-Code style: a rope with ten knots following head moves (embedded input), sets of visited tuples
INPUT = """R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20"""

def sign(v):
    return (v > 0) - (v < 0)

def simulate(moves, knots):
    rope = [(0, 0)] * knots
    seen = {rope[-1]}
    dirs = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}
    for line in moves.splitlines():
        d, n = line.split()
        dx, dy = dirs[d]
        for _ in range(int(n)):
            hx, hy = rope[0]
            rope[0] = (hx + dx, hy + dy)
            for i in range(1, knots):
                px, py = rope[i - 1]
                kx, ky = rope[i]
                if max(abs(px - kx), abs(py - ky)) > 1:
                    rope[i] = (kx + sign(px - kx), ky + sign(py - ky))
            seen.add(rope[-1])
    return seen, rope

for k in (2, 10):
    seen, rope = simulate(INPUT, k)
    print(k, len(seen), rope[-1], min(seen), max(seen))
xs = [p[0] for p in seen]; ys = [p[1] for p in seen]
for y in range(max(ys), min(ys) - 1, -3):
    print("".join("#" if (x, y) in seen else "." for x in range(min(xs), max(xs) + 1)))
