# A 2-D vector class with the usual dunder methods: repr/str, equality and hashing, arithmetic
# with reflected and in-place forms, abs, bool, iteration, indexing, len and containment.
import math


class Vector:
    __slots__ = ('x', 'y')

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __iadd__(self, other):
        print("  __iadd__ called")
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __contains__(self, value):
        return value in (self.x, self.y)


a = Vector(3, 4)
b = Vector(1, -2)
print(a, repr(b), [a, b])
print(a + b, a - b, a * 2, 3 * a, -a, +a is a)
print(abs(a), bool(a), bool(Vector()), len(a))
print(list(a), tuple(b), a[0], a[-1], a[::-1])
print(3 in a, 5 in a)
x, y = a
print(x, y)
print(a == Vector(3, 4), a != Vector(3, 4), a == (3, 4), a is Vector(3, 4))
print(hash(a) == hash(Vector(3, 4)), len({a, Vector(3, 4), b}))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([Vector(2, 1), Vector(1, 5), Vector(1, 2)], key=lambda v: (v.x, v.y)))
print(max([a, b], key=abs))
print(sum([a, b], Vector()))
print(f"{a!s:>10}|{a!r:<16}|")
