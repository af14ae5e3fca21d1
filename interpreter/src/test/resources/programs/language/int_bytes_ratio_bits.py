# int.to_bytes / from_bytes (3.11 defaults), bit_length, bit_count, as_integer_ratio, is_integer-like corners
for n in (0, 1, 255, 256, -1, -128, -129, 2**64, -2**63):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes(), (-1).to_bytes(2, 'big', signed=True))
print((255).to_bytes(1, byteorder='big'), (2**16 - 1).to_bytes(length=3, byteorder='little'))
for args in ((256, 1, 'big'), (-1, 1, 'big'), (128, 1, 'big', True), (1, -1, 'big'), (1, 1, 'middle')):
    try:
        n, *rest = args
        signed = rest[2] if len(rest) > 2 else False
        print(n.to_bytes(rest[0], rest[1], signed=signed))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), int.from_bytes(bytearray(b'\x80'), signed=True))
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x01', 'big')
print(type(r).__name__, r, True.to_bytes(1, 'big'), bool.from_bytes(b'\x01', 'big'))
try:
    int.from_bytes('ab', 'big')
except TypeError as e:
    print('TypeError:', e)
try:
    int.from_bytes(b'a', 'big', True)
except TypeError as e:
    print('TypeError:', e)
print((10).__index__(), (7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator, int.__trunc__(-3))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, pow(3, -1, 7), round(1234, -2), round(1250, -2), round(1350, -2))
