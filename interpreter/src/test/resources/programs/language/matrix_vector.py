# A Vector and Matrix with operator overloading, reflected ops, equality, hashing, and errors.
import math
from numbers import Number

class Vector:
    __slots__ = ("xs",)
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vector{self.xs}"
    def __len__(self):
        return len(self.xs)
    def __iter__(self):
        return iter(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Vector(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Number):
            return Vector(*(a * k for a in self))
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))
    def __abs__(self):
        return math.hypot(*self.xs)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs
    def __hash__(self):
        return hash(self.xs)
    def __bool__(self):
        return any(self.xs)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(Vector(*r) @ other for r in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(len(self.rows))
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v @ w, abs(Vector(3, 4)))
print(v == Vector(1, 2, 3), v != w, hash(v) == hash((1, 2, 3)), bool(Vector(0, 0)), len({v, Vector(1, 2, 3)}))
print(2.5 * v, v * 0.5, -v, list(reversed(v)), v[1:])
m = Matrix([[1, 1], [1, 0]])
print(m ** 10)
print((m ** 90).rows[0][1])
a = Matrix([[1, 2, 3], [4, 5, 6]])
print(a.transpose())
print(a @ Vector(1, 0, -1))
for bad in [lambda: v + Vector(1, 2), lambda: v + 1, lambda: v * "x", lambda: "s" * v]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
