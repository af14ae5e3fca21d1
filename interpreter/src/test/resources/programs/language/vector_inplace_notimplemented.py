# Operator overloading as Fluent Python's Vector does it: __add__/__radd__ with NotImplemented
# for foreign types, __iadd__ mutating in place versus falling back to __add__ (new object),
# __mul__ by scalars with __rmul__, __matmul__, unary operators, __abs__/__bool__, __eq__ across
# types, __index__ for slicing, and the TypeError messages when both sides give up.
import math, numbers
from array import array

class Vector:
    typecode = "d"
    def __init__(self, components):
        self._c = array(self.typecode, components)
    def __iter__(self):
        return iter(self._c)
    def __repr__(self):
        return f"Vector({list(self._c)})"
    def __len__(self):
        return len(self._c)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return type(self)(self._c[index])
        return self._c[index]
    def __eq__(self, other):
        if isinstance(other, Vector):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented
    __hash__ = None
    def __abs__(self):
        return math.hypot(*self)
    def __bool__(self):
        return bool(abs(self))
    def __neg__(self):
        return Vector(-x for x in self)
    def __pos__(self):
        return Vector(self)
    def __add__(self, other):
        try:
            pairs = zip(self, other, strict=True)
            return Vector(a + b for a, b in pairs)
        except TypeError:
            return NotImplemented
    def __radd__(self, other):
        return self + other
    def __mul__(self, scalar):
        if isinstance(scalar, numbers.Real):
            return Vector(n * scalar for n in self)
        return NotImplemented
    def __rmul__(self, scalar):
        return self * scalar
    def __matmul__(self, other):
        try:
            return sum(a * b for a, b in zip(self, other, strict=True))
        except TypeError:
            return NotImplemented
    def __rmatmul__(self, other):
        return self @ other

class MutableVector(Vector):
    def __iadd__(self, other):
        if isinstance(other, Vector):
            for i, v in enumerate(other):
                self._c[i] += v
            return self
        return NotImplemented
    def __imul__(self, scalar):
        for i in range(len(self)):
            self._c[i] *= scalar
        return self

v1, v2 = Vector([3, 4]), Vector([1, 2])
print(v1 + v2, v1 + (10, 20), (10, 20) + v1, [1, 1] + v2, v1 * 3, 3 * v1, v1 * True, v1 @ v2, [1, 1] @ v1)
print(-v1, +v1 == v1, +v1 is v1, abs(v1), bool(Vector([0, 0])), v1 == [3, 4], v1 == Vector([3, 4]), v1 != v2)
print(v1[0], v1[-1:], v1[:1], len(v1))
try:
    v1 + Vector([1, 2, 3])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
for act in (lambda: v1 + 1, lambda: 1 + v1, lambda: v1 * "x", lambda: v1 * v2, lambda: v1 @ 3, lambda: v1 - v2, lambda: v1 < v2, lambda: hash(v1)):
    try:
        act()
    except TypeError as e:
        print("TypeError:", e)
v = v1
v += v2
print(v, v1, v is v1)
m = MutableVector([1, 1])
alias = m
m += Vector([2, 3])
m *= 2
print(m, alias is m, type(m).__name__)
m2 = MutableVector([1, 2])
try:
    m2 += 5
except TypeError as e:
    print("TypeError:", e)
try:
    m2 += [1, 2]
except TypeError as e:
    print("TypeError:", e)
m3 = MutableVector([1, 2])
try:
    m3 -= Vector([1, 1])
except TypeError as e:
    print("TypeError:", e)
print(m2)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.cents})"
print(sum([Money(1), Money(2), Money(3)]), sum([], Money(0)))
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    Num(1) < Num(2)
except TypeError as e:
    print("TypeError:", e)
class Pow:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 2, 5))
try:
    pow(2, Pow(), 5)
except TypeError as e:
    print("TypeError:", e)
class Shift:
    def __lshift__(self, n): return f"<<{n}"
    def __rrshift__(self, n): return f"{n}>>"
    def __ilshift__(self, n): return f"<<={n}"
    def __and__(self, o): return "and"
    def __rxor__(self, o): return "rxor"
    def __invert__(self): return "inv"
sh = Shift()
x = sh
x <<= 3
print(sh << 2, 5 >> sh, x, sh & 1, 1 ^ sh, ~sh)
for act in (lambda: sh >> 1, lambda: 1 | sh, lambda: -sh, lambda: 1 << sh):
    try:
        act()
    except TypeError as e:
        print("TypeError:", e)
