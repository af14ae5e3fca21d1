# chaos-like geometry: vector classes with operator overloading, a random game.
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __repr__(self):
        return "Vec(%.6f, %.6f)" % (self.x, self.y)


def bezier(pts, t):
    while len(pts) > 1:
        pts = [a * (1 - t) + b * t for a, b in zip(pts, pts[1:])]
    return pts[0]


rng = random.Random(1234)
corners = [Vec(0.0, 0.0), Vec(1.0, 0.0), Vec(0.5, 0.866)]
p = Vec(0.3, 0.3)
grid = {}
for i in range(300000):
    c = corners[rng.randrange(3)]
    p = (p + c) * 0.5
    key = (int(p.x * 64), int(p.y * 64))
    grid[key] = grid.get(key, 0) + 1
ctrl = [Vec(rng.random(), rng.random()) for _ in range(8)]
length = 0.0
prev = bezier(ctrl, 0.0)
for k in range(1, 4000):
    cur = bezier(ctrl, k / 4000)
    length += abs(cur - prev)
    prev = cur
print(len(grid), max(grid.values()), "%.6f" % length, p)
