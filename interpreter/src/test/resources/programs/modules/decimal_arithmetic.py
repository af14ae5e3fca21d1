# decimal: construction (str, int, float exactly, tuple), str/repr including exponents, arithmetic
# rounded to the context's precision, //, % and divmod with truncation, powers, sqrt, quantize with
# each rounding mode, comparisons and hashes equal to int's and float's, localcontext.
from decimal import *
import decimal

for text in ["3.14", "-0.000123", "1E+3", "1e-7", "0.0000001", "123456789012345678901234567890",
             "  42  ", "-0", "0.00", "1_000.5", "Infinity", "-inf", "NaN", "sNaN", ".5", "5.", "+7E2"]:
    d = Decimal(text)
    print(repr(text), repr(d), str(d), d.as_tuple())
print(Decimal(10), Decimal(-5), Decimal(0.1), Decimal(2.5), Decimal(-0.0), Decimal(1e20), Decimal((1, (3, 1, 4), -2)))
a, b = Decimal("1.1"), Decimal("2.2")
print(a + b, a - b, a * b, b / a, Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(10) / 4)
print(Decimal("1.30") + Decimal("1.20"), Decimal("0.00") + 1, Decimal(1) - Decimal(1), -Decimal("0"), Decimal("-1.5") + Decimal("1.5"))
print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % 3, Decimal(-7) % 3, Decimal("7.5") % 2, divmod(Decimal(17), Decimal(5)), divmod(Decimal(-17), 5))
print(Decimal(2) ** 10, Decimal("1.1") ** 3, Decimal(2) ** -2, Decimal(3) ** 0, Decimal("0.5") ** 2, pow(Decimal(3), 4, 5))
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.25").sqrt(), Decimal(100).sqrt(), Decimal("1E4").sqrt(), Decimal(0).sqrt())
print(1 + Decimal(1), 3 * Decimal("0.5"), 1 / Decimal(8), 10 - Decimal("0.1"), 7 // Decimal(2), 7 % Decimal(4))
x = Decimal("2.675")
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, x.quantize(Decimal("0.01"), rounding=mode), (-x).quantize(Decimal("0.01"), rounding=mode), Decimal("7.25").quantize(Decimal("0.1"), mode))
print(Decimal("1.5").quantize(Decimal("1")), Decimal("2.5").quantize(Decimal(1)), Decimal("3.14159").quantize(Decimal("0.001")), Decimal(5).quantize(Decimal("0.00")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("3.14159"), 2), int(Decimal("-7.9")), float(Decimal("0.1")), Decimal("1.50").normalize(), Decimal("100").normalize())
import math
print(math.floor(Decimal("-2.5")), math.ceil(Decimal("2.1")), math.trunc(Decimal("-2.9")), Decimal("1.25").as_integer_ratio(), Decimal("12.5").adjusted())
print(Decimal(1) == 1, Decimal("1.0") == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal(1) < 2, Decimal("1.5") > 1.4, Decimal("NaN") == Decimal("NaN"))
print(hash(Decimal(1)) == hash(1), hash(Decimal("1.0")) == hash(1), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("-2.25")) == hash(-2.25), hash(Decimal("12345678901234567890")) == hash(12345678901234567890))
print(hash(Decimal("0.1")), hash(Decimal("-1")), hash(Decimal("Infinity")), {Decimal(2): "two"}[2], sorted([Decimal("0.3"), 0.1, 2, Decimal("-1")]))
print(max(Decimal(1), Decimal("1.5")), min([Decimal("3"), Decimal("-3.5")]), sum([Decimal("0.1")] * 10), sum([0.1] * 10))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("3.14159265"))
with localcontext(prec=3, rounding=ROUND_DOWN):
    print(Decimal(2) / 3, Decimal("9.999") * 1)
print(Decimal(1) / Decimal(7), getcontext().prec)
ctx = Context(prec=4)
print(ctx.divide(Decimal(1), Decimal(3)), ctx.add(Decimal("1.23456"), 0), ctx.sqrt(Decimal(2)), ctx.quantize(Decimal("1.2345"), Decimal("0.01")))
print(Decimal("1.23E+5").to_eng_string(), Decimal("123E-10").to_eng_string(), Decimal("1E+3") + 0, Decimal("123.456").to_integral_value())
print(Decimal("-0.0").is_signed(), Decimal("inf").is_infinite(), Decimal("nan").is_nan(), Decimal(0).is_zero(), bool(Decimal("0.0")), bool(Decimal("0.1")))
print(isinstance(Decimal(1), __import__("numbers").Number), Decimal("3.3").copy_negate(), Decimal("-3").copy_abs(), Decimal(5).compare(Decimal(3)))
print(Decimal("Infinity") + 1, -Decimal("inf"), Decimal("inf") * -2, Decimal(1) / Decimal("inf"), Decimal("NaN") + 1)
