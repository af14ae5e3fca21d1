# Learner: Decimal and Fraction arithmetic, contexts, rounding, conversions.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
print(Decimal(0.1))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"))
print(Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal(2) ** 100)
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal("3.14159") + 0, Decimal(22) / 7)
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("7.89").quantize(Decimal("1"), rounding=ROUND_DOWN), round(Decimal("2.5")), round(Decimal("3.5")))
print(Decimal("-0"), Decimal("Infinity"), Decimal("NaN"), Decimal("1e5"), Decimal("1E+5").normalize(), Decimal("100").normalize())
print(Decimal("12.500").as_tuple(), Decimal("-1.5").copy_abs(), Decimal("1.5").compare(Decimal("2")))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
print(Fraction(3, 4) + Fraction(1, 4), Fraction(1, 3) * 3, Fraction("2/6"), Fraction(0.75), Fraction("1.25"))
print(Fraction(1, 3) ** 2, Fraction(7, 2) // 1, Fraction(-7, 2) % 3, float(Fraction(1, 8)), int(Fraction(7, 2)))
print(Fraction(355, 113).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(repr(Fraction(2, 4)), Fraction(2, 4).numerator, Fraction(2, 4).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum([Fraction(1, n) for n in range(1, 7)]), sum(Decimal("0.1") for _ in range(10)))
print(f"{Decimal('1234.5678'):,.2f}", f"{Fraction(1, 3):.5}" if False else format(float(Fraction(1, 3)), ".5f"))
print(Decimal(3) == 3, Decimal("0.5") == Fraction(1, 2), hash(Decimal(2)) == hash(2))
print(Decimal(10) ** -2, Decimal("1.1").exp(), Decimal(-8).is_signed(), Decimal("5").max(Decimal("7")))
