# fractions.Fraction and decimal.Decimal arithmetic.
from fractions import Fraction
from decimal import Decimal, getcontext

h = Fraction(0)
for i in range(1, 1500):
    h += Fraction(1, i)
s = Fraction(0)
for i in range(1, 60000):
    s += Fraction(i % 7, i % 11 + 1) * Fraction(3, 4) - Fraction(1, 8)
getcontext().prec = 50
d = Decimal(0)
for i in range(1, 50000):
    d += Decimal(1) / Decimal(i)
    d = d * Decimal("1.0000001")
e = sum(Decimal(i) / Decimal(7) for i in range(30000)).quantize(Decimal("0.0001"))
print(h.numerator % 1000003, h.denominator % 1000003, s, d, e)
