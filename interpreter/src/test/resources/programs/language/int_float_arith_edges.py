# int and float arithmetic edges: floor division and modulo signs with floats and -0.0, divmod
# of floats, true division of huge ints (exact rounding, OverflowError text), int ** negative,
# zero to negative powers (the ZeroDivisionError texts), float(int) overflow, int.to_bytes /
# from_bytes signed and their errors, bit_length/bit_count, and mixed int/float comparisons
# exact beyond 2**53.
import math
for a, b in [(7, -2), (-7, 2), (7.5, -2), (-7.5, 2), (-0.0, 1), (0.0, -1), (1, -0.0 if False else -3), (-1e-300, 1e300)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % -0.5 if False else '', -0.0 % 5, math.fmod(-7, 2), (-7) % 2.0, 7 % float('inf'), -7 % float('inf'), -7 // float('inf'))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (5, -0.0)]:
    for op in ('/', '//', '%'):
        try:
            eval(f'a {op} b', {'a': a, 'b': b})
        except ZeroDivisionError as e:
            print(a, op, b, 'ZeroDivisionError:', e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(10**400 // 10**399, (10**400 + 1) / 10**399, 2**1074 / 2**2148 if False else '', (1 << 1100) / (1 << 1000))
for expr in ['10**400 / 1', '1 / 10**400', '10**400 * 1.0', 'float(10**400)', 'int(1e308) * 10 / 0.5', '2.0 ** 10000', '10 ** -400', 'math.ldexp(1, 2000)']:
    try:
        print(expr, '=', eval(expr))
    except (OverflowError, ZeroDivisionError) as e:
        print(expr, type(e).__name__ + ':', e)
print(2 ** -2, (-8) ** (1/3), 0 ** 0, 0.0 ** 0, (-2) ** 0.5, pow(-2, 0.5) == (-2) ** 0.5)
for expr in ['0 ** -1', '0.0 ** -1', '0 ** -1.5', '(-0.0) ** -1', 'pow(0, -2, 5)', '(0j) ** -1', '(-1) ** 1e400 if False else 1']:
    try:
        print(expr, '=', eval(expr))
    except (ZeroDivisionError, ValueError) as e:
        print(expr, type(e).__name__ + ':', e)
print((255).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True), (1024).to_bytes(2), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2], 'little'), int.from_bytes(bytearray(b'\x80'), signed=True), int.from_bytes(b''), (0).to_bytes(0, 'big'))
for call in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
             lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes('ab', 'big'),
             lambda: int.from_bytes([256], 'big'), lambda: (1).to_bytes(1, byteorder=None)]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print((0).bit_length(), (-255).bit_length(), (2**100 - 1).bit_count(), (-7).bit_count(), True.bit_length(), (10**20).bit_length())
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > float('inf'), -10**400 < -1e308, 2**1024 == float('inf'))
print(9007199254740993 < 9007199254740992.0, 1e16 == 10**16, (10**16 + 1) == 1e16, hash(2**61) == hash(float(2**61)), int(1e22))
print(float('nan') == float('nan'), float('nan') != float('nan'), math.isnan(float('-nan')), -0.0 == 0, math.copysign(1, -0.0), 0.0 is not -0.0)
print((-5).__floordiv__(2), (5).__rtruediv__(2), (5).__rmod__(3), (7).__divmod__(-2), (3).__pow__(2, 5), (2).__pow__(-1))
print(int.__mod__(5, 2.0), float.__mod__(5.0, 2), int.__truediv__(1, 2.0), float.__rsub__(1.0, 3))
print(round(-0.0), math.trunc(-0.9), int(-0.9), int('-0'), -0, abs(-0.0), 1 / float('-inf'), math.ceil(-0.5))
