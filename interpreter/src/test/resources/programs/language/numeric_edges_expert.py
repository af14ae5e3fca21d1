# numbers: huge ints, divmod signs, round halves, float.hex, fsum, inf/nan, Fraction, Decimal, complex
import math
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, localcontext

print(2 ** 200, -(2 ** 64) // 3, (2 ** 64) % -7, divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 2.5))
print(-7 // 2, -7 % 2, 7 % -2, -7.0 % 2, math.fmod(-7, 2), math.remainder(7, 2))
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(-0.4), round(0.0), type(round(2.5)), type(round(2.5, 0)), round(5, 2), round(1e300, 2))
print((0.1).hex(), float.fromhex("0x1.999999999999ap-4"), (1.0).hex(), (-0.0).hex(), float.fromhex("0x.8p1"), float("inf").hex())
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), sum([1e100, 1.0, -1e100]))
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, nan != nan, inf - inf, inf * 0, max(nan, 1), max(1, nan), min(inf, nan))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9), math.copysign(1, -0.0))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308 * 10), float("-inf"), float(" 1_0.5 "), float("1e-400"))
print(int("1_000"), int("0x1f", 16), int("0b101", 0), int("  -12  "), int(-3.9), int(3.9), int("z", 36), int(True))
for bad in ["1__0", "0x", "", "1.5", "١٢٣x"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print((-8) ** (1 / 3), pow(-8, 1 / 3), (-1) ** 0.5, pow(2, -1), pow(3, -1, 7), 10 ** -2)
print(math.isqrt(10 ** 40 + 1), math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.comb(50, 25), math.perm(5, 2), math.factorial(25))
print((255).bit_length(), (-255).bit_length(), (2 ** 100).bit_count(), (1024).to_bytes(3, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print((7).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), float(2 ** 1024 - 2 ** 971))
f = Fraction(3, 4)
print(f + Fraction(1, 4), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f == 0.75, f < 1, Fraction("1.25"), Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(7, -21), Fraction(5).denominator, round(Fraction(5, 2)), round(Fraction(7, 2)), math.floor(Fraction(-7, 2)), float(Fraction(1, 3)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") * 2, Decimal("10") / Decimal("3"), Decimal("-0"), Decimal("1e3").normalize())
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(Decimal("2.5")), round(Decimal("3.14159"), 3))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), +Decimal("123456789"))
print(getcontext().prec, Decimal("NaN").is_nan(), Decimal("Infinity") > 10 ** 100, Decimal(10) ** 30, Decimal("1.0") == 1)
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(1) / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z / (1 - 1j), z ** 2, complex("1+2j"), complex(-0.0, -0.0), 1j ** 2, (1 + 2j).real)
try:
    z // 2
except TypeError as e:
    print(e)
try:
    complex("1 + 2j")
except ValueError as e:
    print(e)
print(sum(range(10 ** 6)), 10 ** 50 // 7, -(10 ** 50) // 7, (10 ** 50) >> 100, -1 >> 100, 1 << 100, ~(2 ** 70), 2 ** 64 & -1, -(2 ** 64) | 5)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(1.5), hash(float("inf")), hash(0.1), hash(Fraction(1, 3)), hash(Decimal("0.5")))
