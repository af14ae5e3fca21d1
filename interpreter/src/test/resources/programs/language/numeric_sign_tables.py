# Pins down: divmod / // / % sign rules as a table over int, float, Fraction and Decimal (Decimal
# truncates toward zero), round() ties (banker's rounding for int/float/Fraction, ndigits negative,
# Decimal's context rounding), math.fmod/remainder against %, the -0.0 results of float ops,
# int.to_bytes/from_bytes with signed and byte orders and their OverflowError messages, and
# float.hex/fromhex round trips of subnormals and edge values.
from fractions import Fraction as F
from decimal import Decimal as D
import math

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, -5)]
print('int   ', [divmod(a, b) for a, b in pairs])
print('float ', [divmod(float(a), float(b)) for a, b in pairs])
print('Frac  ', [tuple(map(str, divmod(F(a, 3), F(b, 5)))) for a, b in pairs])
print('Dec //', [str(D(a) // D(b)) for a, b in pairs])
print('Dec % ', [str(D(a) % D(b)) for a, b in pairs])
print('Dec dm', [tuple(map(str, divmod(D(a), D(b)))) for a, b in pairs])
print('fmod  ', [math.fmod(a, b) for a, b in pairs])
print('remain', [math.remainder(a, b) for a, b in pairs])
print('neg zero', -0.0 % 5, 0.0 % -5, -5.0 % 5, 5.0 % -5, divmod(-0.0, 1.0), -0.0 // 1)

for a, b in [(1, 0), (1.0, 0), (1, 0.0), (F(1), 0), (D(1), D(0)), (D(0), D(0))]:
    for op in ('//', '%', 'divmod'):
        try:
            r = divmod(a, b) if op == 'divmod' else (a // b if op == '//' else a % b)
            print(type(a).__name__, op, r)
        except (ZeroDivisionError, ArithmeticError) as e:
            print(type(a).__name__, type(b).__name__, op, type(e).__name__, e)

print('inf mod', math.inf % 3 if False else 'skip', divmod(5.0, math.inf), divmod(-5.0, math.inf))
try:
    divmod(math.inf, 3)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(math.inf, 3.0))

# round ties
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375]
print('round float', [round(v) for v in vals], [round(v, 2) for v in vals])
print('round int  ', [round(v, -1) for v in (5, 15, 25, -5, -15, 1234)], round(1234, -2), round(-1250, -2))
print('round Frac ', [str(round(F(n, 2))) for n in (1, 3, 5, -1, -3)], str(round(F(1, 8), 2)), str(round(F(-3, 8), 2)))
print('round Dec  ', [str(round(D(s))) for s in ('0.5', '1.5', '2.5', '-2.5')], str(round(D('2.675'), 2)), str(round(D('1234.5'), -2)))
print('round types', type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 0)).__name__, type(round(F(5, 2))).__name__, type(round(F(5, 2), 1)).__name__)
print(round(1e300, -300), round(1.5e-300, 300), round(123.456, -400), round(123.456, 400))
for bad in [float('nan'), float('inf')]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float('nan'), 2), round(float('inf'), 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e)

# to_bytes / from_bytes
for n, length, order, signed in [(1, 2, 'big', False), (1, 2, 'little', False), (-1, 2, 'big', True),
                                  (-129, 2, 'little', True), (255, 1, 'big', False), (0, 0, 'big', False),
                                  (127, 1, 'big', True), (-128, 1, 'big', True)]:
    print(n, length, order, signed, n.to_bytes(length, order, signed=signed).hex())
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False)]:
    try:
        n.to_bytes(length, 'big', signed=signed)
    except OverflowError as e:
        print('OverflowError', n, length, signed, e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print('ValueError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
print((1024).to_bytes(2), (65).to_bytes(), int.from_bytes(b'\x01\x00'), int.from_bytes(b'\xff\xff', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True), int.from_bytes([1, 2, 3], 'little'))
print(bool.from_bytes(b'\x00\x01', 'big'), type(bool.from_bytes(b'\x01', 'big')).__name__)
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x05', 'big')
print(r, type(r).__name__)
try:
    int.from_bytes('ab', 'big')
except TypeError as e:
    print('TypeError', e)

# float.hex / fromhex
for v in [0.0, -0.0, 1.0, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('nan'), -2.5]:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back == v or (v != v and back != back))
for s in ['0x1p-1074', '0x1p-1075', '0x1.8p1', '  -0X1.FFFFFFFFFFFFFp+1023 ', '0x1p1024', 'inf', '-Infinity', 'nan', '0x.8', '1', '0x1.', 'x1']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
class MyF(float):
    pass
print(type(MyF.fromhex('0x1p3')).__name__, MyF.fromhex('0x1p3'))
