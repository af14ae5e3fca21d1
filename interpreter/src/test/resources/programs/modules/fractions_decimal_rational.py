# Fraction is a numbers.Rational subclass: Decimals convert exactly, the ABC's mixins (real, imag,
# conjugate, complex()) come with it, and other Rationals mix exactly.
import numbers
from decimal import Decimal
from fractions import Fraction

print([c.__name__ for c in Fraction.__mro__])
print(issubclass(Fraction, numbers.Rational), isinstance(Fraction(1, 3), numbers.Real))

print(Fraction(Decimal('1.5')), Fraction(Decimal('-0.125')), Fraction(Decimal('3E+2')))
print(Fraction.from_decimal(Decimal('2.5')), Fraction.from_decimal(7))
for bad in (Decimal('Infinity'), Decimal('NaN')):
    try:
        Fraction(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(e)

f = Fraction(-7, 4)
print(f.real, f.imag, f.conjugate(), complex(f), divmod(f, Fraction(1, 3)))
print(Fraction(3, 4) == Decimal('0.75'), Decimal('0.75') == Fraction(3, 4))
# Decimal compares with any Rational exactly, in both directions and in order too
print(Decimal('-0.5') < Fraction(-1, 3), Fraction(1, 3) <= Decimal('0.3333'), Decimal('Infinity') > Fraction(10**30),
      Decimal('NaN') == Fraction(1, 2), Decimal('0.75') == complex(0.75, 0), hash(Decimal('0.75')) == hash(Fraction(3, 4)))

for a in (Fraction(5, 3), Fraction(-5, 3), Fraction(0)):
    try:
        a / 0
    except ZeroDivisionError as e:
        print(e)


class Half(numbers.Rational):
    """A Rational that is not a Fraction: 1/2 times n."""
    def __init__(self, n):
        self.n = n
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: 2)
    def __repr__(self):
        return f'Half({self.n})'
    def __float__(self):
        return self.n / 2
    # the abstract methods a Rational must have; only those used here do anything
    __abs__ = __add__ = __ceil__ = __floor__ = __floordiv__ = __le__ = __lt__ = __mod__ = \
        __mul__ = __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = __rmul__ = \
        __round__ = __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = \
        lambda self, *a: NotImplemented
    def __eq__(self, other):
        return NotImplemented


h = Half(3)
print(Fraction(h), h + Fraction(1, 2), h * Fraction(4), h / Fraction(3), Fraction(3, 2) == h)
print(h - Fraction(1, 2), Fraction(1, 4) < h, 2.0 ** Fraction(1, 2))
try:
    Fraction(1, 2) + h    # the forward operators take ints, Fractions, floats and complex only
except TypeError as e:
    print(e)
