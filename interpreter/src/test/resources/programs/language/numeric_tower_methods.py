# The numeric tower's methods and reprs at their edges: int.__round__ with negative ndigits
# (half to even), float.hex/fromhex round trips, divmod and // and % of negatives for int and float
# (signs of zero), complex reprs with signed zeros, nan and inf parts, int.from_bytes/to_bytes
# signed and little-endian (overflow messages), bit_count/bit_length, as_integer_ratio,
# is_integer, float.__round__ results' types, pow's three forms and their errors.
import math
print([round(n, -1) for n in (5, 15, 25, -5, -15, 14, 16)], round(123456, -3), round(-5, -1))
print(type(round(5, -1)).__name__, type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(1e300, -300))
for f in (1.0, 0.1, -2.5, 1e-310, float('inf'), 3.0e100):
    h = f.hex()
    print(h, float.fromhex(h) == f)
print(float.fromhex('0x1.8p1'), float.fromhex('-0X.8'), float.fromhex(' 0x1p-1074 '), float.fromhex('inf'))
try:
    float.fromhex('0x1p99999')
except OverflowError as e:
    print('OverflowError', e)
try:
    float.fromhex('zz')
except ValueError as e:
    print('ValueError', e)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0.0, -1), (-0.0, 1), (5, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 2), (-1e-300) % 1e300)
for z in (complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), 1j, -1j,
          complex(1, float('nan')), complex(float('inf'), -float('inf')), complex(1e20, 1e-20),
          complex(2, 0) ** 2, 1j ** 2, (1 + 2j) / (3 - 4j)):
    print(repr(z), str(z), z.real, z.imag)
print(complex('1+2j'), complex(' (3-4J) '), complex('-j'), complex('1e3'))
for bad in ('1 + 2j', 'j1', '(1+2j', ''):
    try:
        complex(bad)
    except ValueError as e:
        print('ValueError', repr(bad), e)
print(int.from_bytes(b'\xff\xfe', 'big'), int.from_bytes(b'\xff\xfe', 'little', signed=True),
      int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'', 'big'), int.from_bytes(b'\x80', signed=True))
print((1024).to_bytes(2, 'big'), (-1).to_bytes(3, 'little', signed=True), (0).to_bytes(0, 'big'),
      (255).to_bytes(), (65535).to_bytes(2, byteorder='little'))
for args in [((256).to_bytes, (1, 'big')), ((-1).to_bytes, (1, 'big')), ((128).to_bytes, (1, 'big', ))]:
    try:
        args[0](*args[1])
    except OverflowError as e:
        print('OverflowError', e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print('OverflowError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print('ValueError', e)
print([n.bit_count() for n in (0, 1, -1, 255, -256, 2**100 - 1)], [n.bit_length() for n in (0, -1, 255, -256, 2**64)])
print((10).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio(), True.as_integer_ratio())
for bad in (float('inf'), float('nan')):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer(), float('inf').is_integer())
print(pow(2, 10), pow(2, -1), pow(-8, 1/3), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 0, 1))
for args in [(3, -1, 6), (2, 3, 0), (2.0, 3, 5), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(0.0 ** 0, 0 ** 0, (-0.0) ** 3, (-8) ** (1 / 3) == pow(-8, 1/3), 2 ** -1074 > 0, 10 ** -400 == 0)
print(int('0b101', 0), int('0o17', 0), int(' -0x_ff ', 16), int('1_000'), int('٣٤'), float(' 1_0.5e1 '))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, -1e-5)
print(int(1e20), int(-2.9), int(True), float(2**63), 2**63 == float(2**63), 2**53 + 1 == float(2**53 + 1))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(0.5), hash(float('inf')), hash(-0.0), hash(complex(0, 1)))
