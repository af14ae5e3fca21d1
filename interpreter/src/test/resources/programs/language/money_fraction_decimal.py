# Exact arithmetic as finance and teaching code use it: Fraction from floats and strings,
# limit_denominator, mixed Fraction/int/float/Decimal arithmetic and its TypeErrors, Decimal
# contexts (precision, rounding modes, traps), quantize to cents, banker's rounding against
# ROUND_HALF_UP, special values, and splitting a bill without losing a cent.
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero, Inexact
import decimal, math

print(Fraction(3, 12), Fraction("1.25"), Fraction(" -7/21 "), Fraction(0.1), Fraction(Decimal("0.1")))
print(Fraction(0.1).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), Fraction(355, 113).limit_denominator(100))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, (-a) ** 3, 2 ** Fraction(1, 2), a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 - a, a * 1.5, a == Fraction(2, 6), a < 0.34, hash(Fraction(1, 2)) == hash(0.5), round(Fraction(5, 2)), round(Fraction(7, 2)), round(a, 3))
print(Fraction(7, 3).numerator, Fraction(7, 3).denominator, Fraction(6, 4).as_integer_ratio(), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), float(Fraction(1, 8)))
for bad in ["1/0", "abc", "1.5/2"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 3) + Decimal("1")
except TypeError as e:
    print("TypeError:", e)

getcontext().prec = 28
print(Decimal("1.1") + Decimal("2.2"), Decimal(1.1), Decimal("10") / Decimal("3"), Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("3.14159265"))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
price = Decimal("19.995")
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(mode, price.quantize(Decimal("0.01"), rounding=mode), Decimal("-2.5").quantize(Decimal("1"), rounding=mode))
print(round(Decimal("2.675"), 2), round(2.675, 2), round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-0.5")))
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000").normalize(), Decimal("-0"), Decimal("1.50").as_tuple())
print(Decimal("inf"), Decimal("-Infinity") < 0, Decimal("nan").is_nan(), Decimal("NaN") == Decimal("NaN"), Decimal("sNaN").is_snan())
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__, isinstance(e, ZeroDivisionError))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e.args[0][0].__name__ if e.args and isinstance(e.args[0], list) else e)
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact:
        print("Inexact trapped")
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / Decimal(0), Decimal(-1) / 0)
print(Decimal(3) * 1, Decimal("1.5") * 2, 3 - Decimal("0.5"), Decimal(10) // 3, Decimal(-7) // 2, Decimal(-7) % 2, -7 % 2)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)
print(Decimal("1.5") < 2.0, Decimal("0.1") == 0.1, Decimal(0.5) == 0.5, max(Decimal("1.0"), Decimal(1)), sorted([Decimal("2"), 1, 1.5, Fraction(7, 4)]))

def split_bill(total, people):
    total = Decimal(total)
    share = (total / people).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    shares = [share] * people
    remainder = total - share * people
    i = 0
    while remainder > 0:
        shares[i] += Decimal("0.01")
        remainder -= Decimal("0.01")
        i += 1
    return shares

s = split_bill("100.00", 3)
print(s, sum(s), split_bill("0.05", 4))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.000012'):.2e} {Decimal('42'):08.3f} {Decimal('-1.5'):+} {Fraction(1, 3)!s:>6}")
print(repr(Decimal("1.10")), repr(Fraction(-4, 6)), str(Decimal("1E-7")), str(Decimal("0.0000001")), Decimal("123.456").adjusted())
