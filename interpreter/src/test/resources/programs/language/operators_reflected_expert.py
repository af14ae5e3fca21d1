# operator overloading: reflected and in-place methods, NotImplemented fallbacks, the subclass-first rule
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"
    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, Money):
            if other.cur != self.cur:
                return NotImplemented
            return Money(self.cents + other.cents, self.cur)
        if isinstance(other, int):
            return Money(self.cents + other, self.cur)
        return NotImplemented
    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if other == 0:
            return self
        return self.__add__(other)
    def __iadd__(self, other):
        print(f"  {self!r}.__iadd__({other!r})")
        if isinstance(other, int):
            self.cents += other
            return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents, self.cur)
    def __abs__(self):
        return Money(abs(self.cents), self.cur)
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    __hash__ = None

a, b = Money(100), Money(250)
print(a + b)
print(5 + a)
print(sum([a, b, Money(1)]))
c = a
c += 7
print(c is a, a)
c += Money(3)
print(c is a, c)
print(3 * a, a * 0.5, -a, abs(Money(-9)), bool(Money(0)))
try:
    a + Money(1, "USD")
except TypeError as e:
    print("TypeError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
print(a == 100, a != Money(107), sorted([b, a, Money(5)]))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class Derived2(Base):
    pass
print(Base() + Derived2())

class Vec:
    def __init__(self, *c):
        self.c = c
    def __matmul__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return sum(x * y for x, y in zip(self.c, o.c))
    def __rpow__(self, base):
        return Vec(*(base ** x for x in self.c))
    def __pow__(self, e, mod=None):
        return Vec(*(pow(x, e, mod) for x in self.c))
    def __floordiv__(self, k):
        return Vec(*(x // k for x in self.c))
    def __rtruediv__(self, k):
        return Vec(*(k / x for x in self.c))
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __repr__(self):
        return f"Vec{self.c}"
v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), 2 ** v, v ** 2, pow(v, 3, 5), v // 2, 6 / v, v << 1, ~v)
try:
    v @ 3
except TypeError as e:
    print(e)
try:
    v ** 2 ** None
except TypeError as e:
    print(e)
v2 = v
v2 @= Vec(1, 1, 1)
print(v2)
x = [1]
y = x
y += (2, 3)
print(x, x is y)
try:
    t = (1,)
    t += [2]
except TypeError as e:
    print(e)
print(NotImplemented, bool(1) and NotImplemented.__class__.__name__)
