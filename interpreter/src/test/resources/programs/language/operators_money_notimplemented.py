# operator overloading: reflected operands, in-place fallbacks, NotImplemented chains, subclass priority, __bool__/__len__ truth, comparisons falling back
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents, self.cur = cents, cur
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"
    def _coerce(self, other):
        if isinstance(other, Money):
            if other.cur != self.cur:
                raise ValueError(f"currency mismatch {self.cur}/{other.cur}")
            return other.cents
        if isinstance(other, int):
            return other
        return NotImplemented
    def __add__(self, other):
        c = self._coerce(other)
        if c is NotImplemented:
            return c
        return Money(self.cents + c, self.cur)
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __truediv__(self, other):
        if isinstance(other, Money):
            return self.cents / other.cents
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __neg__(self):
        return Money(-self.cents, self.cur)
    def __abs__(self):
        return Money(abs(self.cents), self.cur)
    def __bool__(self):
        return self.cents != 0
    __hash__ = None

a, b = Money(150), Money(275)
print(a + b, 10 + a, sum([a, b]), 3 * a, a * 0.5, b / a, -a, abs(-a))
print(a < b, b > a, a == Money(150), a != b, a == 150, sorted([b, a]))
try:
    a + "x"
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
try:
    a + Money(1, "USD")
except ValueError as e:
    print(e)
c = a
c += 5
print(c, a, c is a)
c *= 2
print(c, bool(Money(0)), not Money(3))
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    "abc" * a
except TypeError as e:
    print(e)

class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
print(Base() + Sub(), Sub() + Base())

class Len:
    def __len__(self): return 0
print(bool(Len()), "falsy" if not Len() else "truthy")

class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)

class IAdd:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
x = IAdd(); y = x
x += 1; x += 2
print(y.v, x is y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)

class Mat:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __imatmul__(self, o): return "imatmul"
m = Mat(); print(m @ 1, 1 @ m); m @= 2; print(m)
try:
    1 @ 2
except TypeError as e:
    print(e)
print(divmod(7, -2), pow(2, -1), (-7) // 2, -7 % 3, 7 % -3, 2 ** -2)
