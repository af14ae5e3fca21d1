# int, float and complex arithmetic at the edges: floor division and modulo with negative
# operands, divmod, true division, huge ints, float precision and rounding, inf/nan, int()
# parsing, complex math, and the errors.
import math

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, 2 ** -2, (-2) ** 3, -2 ** 2, pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20 // 3)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), round(0.1 + 0.2, 2))
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(1234, -2), round(5, -1), round(15, -1))
print(int(3.9), int(-3.9), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), int("  42  "), int("-0b101", 0))
print(int("ff", 16), int("0o17", 0), int("1_000"), int("z", 36), float("1e3"), float(" -inf "), float("1_0.5"))
print(1e308 * 10, -1e308 * 10, float("nan") == float("nan"), math.isnan(float("nan")), math.inf > 10 ** 400)
print(1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789, 1.0, 100.0, 1e-7, 0.1 * 3, 3 * 0.1)
print(7 // 0.5, 7 % 0.5, -0.0, 0.0 == -0.0, math.copysign(1, -0.0), abs(-0.0))
print(float.fromhex("0x1p-2"), (0.5).hex(), (3.75).as_integer_ratio(), (10).bit_length(), (-1).bit_length())
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.gcd(12, 18), math.lcm(4, 6))
print(math.sqrt(16), math.isqrt(17), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.hypot(3, 4))
print(True + True, True * 3, False - 1, 5 + True, type(True + 1).__name__, bool(0.0), bool(-1))
z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / 2, (1 + 2j) ** 2, 1j ** 2, complex("1+2j"))
print(-(3 - 4j), 2j * 2j, (1 + 1j) == complex(1, 1), 0j, -0j, complex(0, -0.0), 1 + 0j == 1)
neg = -8
print(9 ** 0.5, neg ** (1 / 3), 2 ** 0.5, 10 ** -1, 0 ** 0, 0.0 ** 0)
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (255).to_bytes(1, "big", signed=False))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, -16 >> 2, 5 >> 10)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "2 ** -1 % 0", "int('x')", "int('1.5')",
             "float('abc')", "math.sqrt(-1)", "math.log(0)", "10.0 ** 400", "1 << -1", "pow(2, -1, 4)",
             "int(float('inf'))", "int(float('nan'))", "complex(1, 1) < 1", "(1j) % 2", "round(float('inf'))"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(max(1, 2.5, -3), min([3, 1.5]), abs(-7), abs(-2.5), sum(range(101)), sum([1.5, 2.5], 10))
print(10 / 5, type(10 / 5).__name__, 10 // 5.0, 2 ** 63, -2 ** 63, 2 ** 64 - 1)
print(0.1.__repr__(), str(1e22), str(1e21), repr(1e-4), repr(1.5e-5), str(12345678901234567890.0))
