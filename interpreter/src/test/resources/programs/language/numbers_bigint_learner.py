# Big integers and numeric tower a learner meets: factorials, digits, Fraction, Decimal, complex, divmod.
import math
from fractions import Fraction
from decimal import Decimal, getcontext

print(math.factorial(30), len(str(math.factorial(100))), sum(map(int, str(2 ** 100))))
print(2 ** 64 - 1, (2 ** 64) // 3, -(2 ** 64) // 3, (2 ** 64) % 7, divmod(-(10 ** 20), 7))
print(math.gcd(2 ** 40, 6 ** 20), math.lcm(12, 18, 30), math.isqrt(10 ** 30 + 1), math.comb(50, 25), math.perm(10, 3))
print(int.from_bytes(b"\xff" * 9, "big"), (10 ** 25).to_bytes(11, "little").hex())
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.1), Fraction(1, 3) ** 2, float(Fraction(22, 7)))
print(Fraction(7, 3).limit_denominator(2), round(Fraction(7, 2)), Fraction(-7, 2) // 1, repr(Fraction(5, 10)))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") * 2, Decimal(10) / Decimal(3))
getcontext().prec = 5
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal("2").sqrt())
getcontext().prec = 28
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("-0.0"), Decimal("1e3").normalize(), Decimal("2.50").as_tuple())
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z ** 2, z.real, z.imag, complex("1+2j"), 1j ** 2)
print(7 / 2, 7 // 2, -7 / 2, 7 % 3, -7 % 3, 7.5 // 2, 2 ** 10, 2.0 ** 10, 10 ** -2)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, float.is_integer(3.0), (3.5).is_integer())
print(math.pi, math.e, math.tau, math.inf, math.sqrt(2), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.sin(math.pi / 2), math.cos(0), round(math.atan2(1, 1), 6), math.degrees(math.pi), math.radians(180))
print(1_000_000 * 1_000_000, 0xFF + 0o17 + 0b11, 1e3, 1E-3, 6.02e23, int(6.02e23))
print(max(3, 7.5, -2), min([4, 2, 8]), abs(-7.25), sum(range(101)), pow(2, 10, 1000), round(-3.14159, 3))
print(bool(0), bool(0.0), bool(0j), bool(-1), True + True, True * 10, int(True), 1 == 1.0 == True)
print(hash(1) == hash(1.0), hash(2 ** 61 - 1), hash(-1), hash(0.5), hash(float("inf")))
