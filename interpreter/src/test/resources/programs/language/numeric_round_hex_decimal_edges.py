# numbers: round half-even, float.hex/fromhex, fsum vs sum, inf/nan comparisons, huge ints, divmod signs, int() parsing, Fraction/Decimal mixes
import math
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, localcontext

print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(1234.5678, -2), round(-0.0), round(5, -1), round(15, -1), round(25, -1))
print((0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (1e308 * 10).hex(), float.hex(-0.0))
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.fsum([1e100, 1.0, -1e100]))
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan < 1, inf == inf, inf - inf, inf * 0, math.isnan(inf - inf))
print(max(nan, 1), max(1, nan), min([3, nan, 1]), sorted([3, nan, 1]), nan in [nan], [nan] == [nan])
big = 2 ** 200
print(big, big.bit_length(), len(str(3 ** 1000)), (big + 1) % 97, -big // 7, divmod(-big, 10**20))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), int("-0o17", 0), int("z", 36))
for bad in ("1.5", "", "0x", "08", "1__0"):
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(e)
print(Fraction(3, 4) + 1, Fraction("2/6"), Fraction(0.1), Fraction(0.1).limit_denominator(10), Fraction(1, 3) * 3 == 1)
print(Fraction(7, 2) // 1, Fraction(-7, 2) % 3, round(Fraction(5, 2)), round(Fraction(7, 2)), float(Fraction(1, 3)))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__, e)
print(Decimal("-0"), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("NaN").is_nan())
print(1 / 3 == Fraction(1, 3), 0.5 == Fraction(1, 2), Decimal("0.5") == 0.5, Fraction(1, 2) == Decimal("0.5"))
try:
    Decimal("1.5") + Fraction(1, 2)
except TypeError as e:
    print(e)
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(10 ** -2, 2 ** 0.5, (-8) ** (1/3), pow(-8, 1/3) == (-8) ** (1/3), 0 ** 0, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 1000 * 1.0
except OverflowError as e:
    print(e)
print(float("1e500"), float("-1e-500"), 1e16 + 1, 2 ** 53 + 1.0, int(1e20), int(-1.9))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2, complex("1+2j"), (1 + 2j).conjugate())
print(math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1), math.comb(50, 25), math.perm(10, 3), math.factorial(20))
print(7 .bit_count(), (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True), (-1).to_bytes(1, "big", signed=True))
print(format(1e-7, ".3g"), format(123456789, ","), format(1234.5, "_.2f"), format(-0.0, "+.1f"), format(255, "#010b"), f"{3.14159:>10.3e}|")
