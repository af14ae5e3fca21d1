# Operator overloading: arithmetic, reflected, in-place, comparison, container protocols.
class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__

    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self

    def __eq__(self, o):
        return self.c == o.c

    def __lt__(self, o):
        return sum(self.c) < sum(o.c)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __contains__(self, x):
        return x in self.c

    def __repr__(self):
        return f"Vec{tuple(self.c)}"

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, v == Vec(1, 2), v < w, len(v), v[1], 2 in v, list(v))
before = v
v += w
print(v, v is before, sorted([w, Vec(0, 0), v]))
