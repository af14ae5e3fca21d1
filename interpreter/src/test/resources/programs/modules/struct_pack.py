# struct: pack/unpack/calcsize for the common formats, native alignment against standard sizes,
# byte orders, floats (half, single, double: rounding, inf, nan, -0.0, subnormals), strings,
# Struct objects, pack_into/unpack_from/iter_unpack, and CPython's errors.
import struct

for fmt in ['i', 'l', 'q', 'P', 'n', 'ci', 'ic', 'bhi', 'hq', '<hq', '=iq', '!hq', '3s', '10p', '2x', 'e', 'bd', '<bd', '5i', '?', '']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('!h', -2), struct.pack('<Q', 2**64 - 1))
print(struct.pack('ci', b'a', 7), struct.pack('<hBb', 513, 255, -1), struct.pack('?', []), struct.pack('??', 1, 0))
print(struct.unpack('<i', b'\x01\x00\x00\x00'), struct.unpack('>HH', b'\x00\x01\x01\x00'), struct.unpack('<q', b'\xff' * 8))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.unpack('5s', b'ab\x00\x00\x00'))
print(struct.pack('4p', b'abcdef'), struct.unpack('4p', b'\x03abc'), struct.pack('0s', b'xyz'))
for x in [1.0, -2.5, 0.1, 1e300, 5e-324, -0.0, float('inf'), float('-inf'), 1e-310, 3.4028235e38]:
    packed = struct.pack('<d', x)
    print(repr(x), packed.hex(), struct.unpack('<d', packed)[0], struct.pack('>f', x).hex() if abs(x) < 3.5e38 else '-')
for x in [1.0, 0.1, 65504.0, 6e-8, 1e-5, -3.14159, 0.333251953125, 2.0 ** -24, 1.0009765625 + 2 ** -11]:
    packed = struct.pack('<e', x)
    print(repr(x), packed.hex(), struct.unpack('<e', packed)[0], struct.unpack('<f', struct.pack('<f', x))[0])
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0], struct.pack('<d', float('nan')).hex(), struct.pack('<f', float('-inf')).hex())
s = struct.Struct('<hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), repr(s).startswith('<_struct.Struct object at 0x'))
buf = bytearray(12)
struct.pack_into('<ii', buf, 4, 10, -10)
print(buf, struct.unpack_from('<ii', buf, 4), struct.unpack_from('<i', buf), struct.unpack_from('<i', buf, -4))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
print(struct.Struct(b'>I').format, struct.pack('<i', True))


class Idx:
    def __index__(self):
        return 42


print(struct.pack('<i', Idx()), struct.pack('<d', 3), struct.pack('<f', 1))
for fmt, args in [('b', (200,)), ('<b', (-200,)), ('B', (-1,)), ('h', (70000,)), ('H', (-1,)), ('i', (2**40,)),
                  ('<i', (2**31,)), ('I', (-1,)), ('<I', (2**32,)), ('q', (2**70,)), ('<Q', (-1,)), ('l', (2**70,)),
                  ('i', ('x',)), ('i', (1.0,)), ('f', ('x',)), ('s', ('x',)), ('c', (b'ab',)), ('ii', (1,)),
                  ('z', (1,)), ('<n', (1,)), ('<e', (1e6,)), ('<f', (1e40,)), ('3', ())]:
    try:
        struct.pack(fmt, *args)
    except (struct.error, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
for call in [lambda: struct.unpack('<i', b'ab'), lambda: struct.unpack_from('<i', b'ab', 1),
             lambda: list(struct.iter_unpack('<i', b'abcde')), lambda: struct.pack_into('<i', bytearray(2), 0, 1)]:
    try:
        call()
    except struct.error as e:
        print('error', e)
print(struct.error.__module__, issubclass(struct.error, Exception))
