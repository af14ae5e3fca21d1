# the numeric tower at run time: numbers ABCs, __index__ in slicing and range, __int__/__float__/__complex__ conversions, __round__/__trunc__/__floor__, int subclasses in arithmetic
import numbers, math, operator
from fractions import Fraction
from decimal import Decimal

for v in (1, True, 1.5, 2j, Fraction(1, 2), Decimal("1.5")):
    print(type(v).__name__, [abc.__name__ for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, abc)])

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print("abcdef"[Idx(1):Idx(4)], [0, 1, 2][Idx(-1)], list(range(Idx(3))), bin(Idx(5)), hex(Idx(255)), operator.index(Idx(7)), (10).to_bytes(Idx(2), "big"))
try:
    "abc"[Idx("x")]
except TypeError as e:
    print(e)

class Meters:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __int__(self): return int(self.v)
    def __complex__(self): return complex(self.v, 0)
    def __round__(self, n=None): return Meters(round(self.v, n)) if n is not None else round(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __repr__(self): return f"Meters({self.v})"
m = Meters(2.567)
print(float(m), int(m), complex(m), round(m), round(m, 1), math.trunc(m), math.floor(m), math.ceil(m), math.sqrt(m))
try:
    "abc"[m]
except TypeError as e:
    print(e)
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()), math.factorial(OnlyIndex()))
class OnlyTrunc:
    def __trunc__(self): return 9
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(OnlyTrunc()), [str(x.message) for x in w], [x.category.__name__ for x in w])
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class SubFloat:
    def __float__(self):
        class F(float): pass
        return F(2.5)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(float(SubFloat()), [str(x.message) for x in w])

class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def __add__(self, other):
        r = super().__add__(other)
        return Even(r) if r % 2 == 0 else r
    __radd__ = __add__
e = Even(4)
print(e + 2, type(e + 2).__name__, type(e + 1).__name__, type(1 + e).__name__, type(e * 2).__name__, e == 4, hash(e) == hash(4), f"{e:03d}", repr(e))
print(isinstance(True, numbers.Integral), True + True, True * 3.5, -True, ~True, True / 2, True // 2, divmod(True, 2))
print(Fraction(3, 4) + 0.25, type(Fraction(1) + 1.0).__name__, Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(1, 2))
print(Decimal(10) ** -2, Decimal("1.5").__round__(), round(Decimal("2.5")), round(Decimal("3.14159"), 3), math.floor(Decimal("-1.5")), int(Decimal("-7.9")))
print(complex(1, 2) == 1 + 2j, abs(-3 + 4j), (3 + 4j).real.is_integer(), complex("-1.5e3-2j"), pow(2j, 2), 1j ** 0.5)
try:
    complex("1 + 2j")
except ValueError as e:
    print(e)
print(int.__add__(1, 2.0), float.__radd__(1.5, 2), (5).__rsub__(3), (5).__truediv__(2), (2.0).__rpow__(3))
