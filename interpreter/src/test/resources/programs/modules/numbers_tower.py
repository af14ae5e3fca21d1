# numbers: the tower's ABCs, the built-in types' places in it (bool is an Integral, complex only a
# Complex), Fraction a Rational, a class registered by hand, the mixin methods a subclass inherits,
# and the abstract methods that keep an incomplete subclass from being instantiated.
import numbers
from fractions import Fraction

tower = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for value in [3, True, 2.5, 1 + 2j, Fraction(1, 3), "3", None]:
    print(repr(value), [cls.__name__ for cls in tower if isinstance(value, cls)])
print([issubclass(int, cls) for cls in tower], issubclass(numbers.Integral, numbers.Complex))


class Meters:
    def __init__(self, value):
        self.value = value


numbers.Real.register(Meters)
print(isinstance(Meters(2), numbers.Number), isinstance(Meters(2), numbers.Rational))


class Two(numbers.Integral):
    def __int__(self): return 2
    def __pow__(self, e, m=None): return 2 ** e
    def __rpow__(self, b): return b ** 2
    def __lshift__(self, o): return 2 << o
    def __rlshift__(self, o): return o << 2
    def __rshift__(self, o): return 2 >> o
    def __rrshift__(self, o): return o >> 2
    def __and__(self, o): return 2 & o
    def __rand__(self, o): return o & 2
    def __xor__(self, o): return 2 ^ o
    def __rxor__(self, o): return o ^ 2
    def __or__(self, o): return 2 | o
    def __ror__(self, o): return o | 2
    def __invert__(self): return ~2
    def __add__(self, o): return 2 + o
    def __radd__(self, o): return o + 2
    def __neg__(self): return -2
    def __pos__(self): return 2
    def __mul__(self, o): return 2 * o
    def __rmul__(self, o): return o * 2
    def __truediv__(self, o): return 2 / o
    def __rtruediv__(self, o): return o / 2
    def __abs__(self): return 2
    def __eq__(self, o): return o == 2
    def __hash__(self): return 2
    def __trunc__(self): return 2
    def __floor__(self): return 2
    def __ceil__(self): return 2
    def __round__(self, n=None): return 2
    def __floordiv__(self, o): return 2 // o
    def __rfloordiv__(self, o): return o // 2
    def __mod__(self, o): return 2 % o
    def __rmod__(self, o): return o % 2
    def __lt__(self, o): return 2 < o
    def __le__(self, o): return 2 <= o


t = Two()
print(t.numerator, t.denominator, t.real, t.imag, t.conjugate(), float(t), complex(t), bool(t))
print(t - 5, 10 - t, divmod(t, 3), divmod(7, t), [0, 1, 2, 3][t], t.__index__())


class Half(numbers.Real):
    def __float__(self): return 0.5


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(numbers.Rational.__abstractmethods__))
print(numbers.Number.__hash__, numbers.Integral.__mro__[1].__name__)
