# A learner's Vector class: operators, reflected and in-place ops, comparisons, hashing, bool, len, iter, format.
import math

class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec.endswith("p"):
            r, theta = abs(self), math.atan2(self.y, self.x)
            inner = spec[:-1]
            return f"<{format(r, inner)}, {format(theta, inner)}>"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

v, w = Vector(3, 4), Vector(1, -1)
print(v + w, v * 2, 3 * w, -v, abs(v), bool(Vector()), len(v), list(v), v[1], v[-1])
print(repr(v), f"{v:.2f}", f"{v:.3p}", format(w, ">4"))
u = v
u += w
print(u is v, v, v == Vector(4, 3), v != w, {v, Vector(4, 3)})
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
x, y = v
print(x, y, sum(v), max(v), sorted([Vector(2, 2), Vector(1, 1)], key=abs))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Vector.__eq__(v, 5), v.__add__(3), NotImplemented.__class__.__name__)
