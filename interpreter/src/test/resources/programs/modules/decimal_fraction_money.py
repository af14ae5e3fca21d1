# decimal for money (quantize, rounding modes, contexts, traps) and fractions (limit_denominator).
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
total = sum(prices)
print(total, total * Decimal("1.0825"), (total * Decimal("1.0825")).quantize(Decimal("0.01")))
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(mode, [str(Decimal(x).quantize(Decimal("1"), rounding=mode)) for x in ("2.5", "3.5", "-2.5", "2.49")])
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal("1") / Decimal("3"), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
    ctx.rounding = ROUND_DOWN
    print(Decimal(1) / Decimal(7))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * 2, Decimal("100").normalize(), Decimal("1E+2").to_integral())
print(Decimal("-0"), Decimal("Infinity") > 10 ** 100, Decimal("NaN").is_nan(), Decimal("12.345").as_tuple())
print(Decimal("7.5") // 2, Decimal("-7.5") // 2, Decimal("-7.5") % 2, divmod(Decimal("10"), Decimal("3")))
print(repr(Decimal("3.14")), str(Decimal("1e-10")), f"{Decimal('1234.5678'):,.2f}", Decimal(10) ** -3)
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("1.5").quantize(Decimal("1e-30"))]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, repr(e.args[0])[:60])
print(Fraction(3, 6), Fraction("1/3") + Fraction(1, 6), Fraction(0.75), Fraction("2.5"), Fraction(-4, -8))
pi = Fraction(3.141592653589793)
print(pi, pi.limit_denominator(1000), pi.limit_denominator(100), Fraction(1, 3) ** 2, Fraction(1, 3) ** -2)
print(float(Fraction(22, 7)), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 3).as_integer_ratio())
h = sum(Fraction(1, k) for k in range(1, 11))
print(h, h.numerator, h.denominator, f"{float(h):.6f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("one half")
except ValueError as e:
    print("ValueError:", e)
print(Decimal(1) + 1, Fraction(1, 2) + 1, Fraction(1, 2) + 0.5)
try:
    Decimal(1) + Fraction(1, 2)
except TypeError as e:
    print("TypeError:", e)
