# int and float corners: big ints, floor division and modulo of negatives, rounding, errors, hashes
import sys, math
print(2 ** 100, -2 ** 63, (2 ** 64) // 3, 10 ** 30 % 7, (-7) // 2, (-7) % 2, 7 // -2, 7 % -2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 2.5), -7 / 2)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(1250, -2))
print(round(5.5), type(round(5.5)).__name__, round(5.5, 0), type(round(5.5, 0)).__name__)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e308 * 10, -1e308 * 10)
print(float('nan') == float('nan'), float('inf') > 10 ** 400, math.isnan(float('nan')))
print(int('0x1F', 0), int('0b1010', 0), int('-0o17', 0), int('  12  '), int('1_0'), int(3.99), int(-3.99))
print(hex(-255), bin(5), oct(64), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((1024).bit_length(), (-1).bit_length(), (7).bit_count() if hasattr(int, 'bit_count') else 3)
print(1 << 70, (1 << 70) >> 69, -1 >> 10, ~5, 5 & -2, 5 | 8, 5 ^ 1)
print(sys.maxsize, sys.maxsize + 1, type(sys.maxsize + 1).__name__, sys.float_info.max, sys.float_info.epsilon)
print(1.0.is_integer(), (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'))
print(10 / 4, 10 // 4, 2 ** -1, pow(2, -1, 7), pow(3, 4, 5))
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2))
print(abs(-5), abs(-2.5), abs(3 + 4j), -(-3), +True, True + True, 3 * True)
print(int(1e20), int(-1e20), float(2 ** 60), 2 ** 0.5, 9 ** 0.5, 4 ** 0.5 == 2)
print(max(1, 2.0), min(-0.0, 0.0), sum([0.1] * 10), math.fsum([0.1] * 10))
print(1_000_000, 0xFF, 0o777, 0b1111, 1e3, 1E-3, 3.14e0, .5, 5.)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int('abc')
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
print(hash(1) == hash(1.0), hash(-1), hash(2 ** 61 - 1), hash(float('inf')), hash(0.5))
print(str(10 ** 20), repr(1.1), 1.1 * 3, 3 * 1.1 == 3.3, 100000000000000000.0, 1e17)
