# _struct, the module struct re-exports: Struct objects (format and size, __init__ again, a
# subclass, sizes by sys.getsizeof), the cache behind the module functions and _clearcache,
# iter_unpack's iterator (__length_hint__, the buffer it holds), native alignment, '0p' and
# '0s', pack_into/unpack_from offsets (negative ones, too short buffers), and the argument errors
# of each function and method.
import struct
import _struct
import sys
import array


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print(struct.Struct is _struct.Struct, struct.error is _struct.error, struct.error.__module__, struct.error.__mro__)
print(sorted(n for n in dir(struct) if not n.startswith('__')), struct.__all__)
print(sorted(n for n in dir(struct.Struct) if not n.startswith('__')))
s = struct.Struct('<iHd8s')
print(s.format, s.size, type(s.format), struct.Struct(b'>q').format, show(lambda: s.format_x))
print(show(lambda: setattr(s, 'size', 3)), show(lambda: setattr(s, 'format', 'i')))
s.__init__('2h')
print(s.format, s.size, s.pack(1, 2))
print(sys.getsizeof(struct.Struct('i')), sys.getsizeof(struct.Struct('3i2s')), sys.getsizeof(struct.Struct('ixxiic')),
      sys.getsizeof(struct.Struct('')), struct.Struct('5p').__sizeof__())


class Record(struct.Struct):
    def __init__(self):
        super().__init__('<hh')

    def both(self, a, b):
        return self.unpack(self.pack(a, b))


r = Record()
print(type(r).__name__, r.size, r.both(3, -4), isinstance(r, struct.Struct), show(lambda: Record('i')))

for fmt in ['', '@', 'bi', 'bq', 'h?d', 'cid', 'ii0q', 'i0s', 'xxi', '3x', '@e', 'P', 'n', 'N', '<q', '!h', '=l',
            '  i  2h ', 'i\0h', b'2i', '10s', '0p', '255p']:
    print(repr(fmt), show(lambda: struct.calcsize(fmt)))
for fmt in ['2', 'z', '<n', '>P', 'i2', '99999999999999999999i', '9223372036854775807q', 5, None, 'é']:
    print(repr(fmt), show(lambda: struct.calcsize(fmt)), show(lambda: struct.Struct(fmt)))

print(struct.pack('0pxB', b'abc', 5), struct.pack('3p', b'abcdef'), struct.pack('2p', b''), struct.pack('0s', b'x'),
      struct.pack('5s', bytearray(b'ab')), struct.pack('300p', b'y' * 290)[:2])
print(struct.unpack('3p', b'\x09ab'), struct.unpack('4s', b'ab\0\0'), show(lambda: struct.unpack('0p', b'')))
print(struct.pack('@bq', 1, 2), struct.pack('<bq', 1, 2), struct.pack('@?h', True, 3), struct.pack('=?h', [], 3))
print(struct.unpack('?', b'\x02'), struct.unpack('c', b'\xff'), struct.unpack('@P', b'\xff' * 8),
      struct.unpack('<e', b'\x00\x7c'), struct.unpack('>e', b'\x7e\x00'))

data = bytes(range(24))
for offset in [0, 3, -8, -24, -25, 17, 24]:
    print(offset, show(lambda: struct.unpack_from('<2i', data, offset)),
          show(lambda: struct.Struct('<2i').unpack_from(data, offset=offset)))
buf = bytearray(12)
for offset in [0, 4, -8, -6, -20, 9]:
    print(offset, show(lambda: struct.pack_into('<2i', buf, offset, 1, -1)), buf.hex())
print(show(lambda: struct.pack_into('i', b'xxxx', 0, 1)), show(lambda: struct.pack_into('i', memoryview(buf)[::2], 0, 1)),
      show(lambda: struct.pack_into('i', array.array('b', [0] * 4), 0, 7)))
view = memoryview(buf)
struct.pack_into('>h', view, 2, 258)
print(buf.hex(), struct.unpack_from('>h', view, 2), struct.unpack('2i', array.array('i', [5, -5])),
      show(lambda: struct.unpack('i', memoryview(b'12345678')[::2])))

it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(),
      show(lambda: next(it)))
ba = bytearray(b'\x01\x00\x02\x00')
it = struct.Struct('<h').iter_unpack(ba)
print(show(lambda: ba.extend(b'xx')), next(it), list(it), show(lambda: ba.extend(b'xx')), len(ba))
print(show(lambda: struct.iter_unpack('h', b'123')), show(lambda: struct.iter_unpack('', b'')),
      show(lambda: struct.iter_unpack('h', 'ab')))

struct._clearcache()
for i in range(150):
    struct.calcsize(f'{i}x')
print(struct.calcsize('150x'), show(lambda: struct._clearcache(1)))

print(show(lambda: struct.pack()), show(lambda: struct.pack('i')), show(lambda: struct.pack('i', 1, 2)),
      show(lambda: struct.pack('i', x=1)))
print(show(lambda: struct.pack_into()), show(lambda: struct.pack_into('i')), show(lambda: struct.pack_into('i', buf)),
      show(lambda: struct.pack_into('i', buf, 0)), show(lambda: struct.pack_into('i', buf, 'x', 1)))
print(show(lambda: struct.unpack('i')), show(lambda: struct.unpack('i', b'1234', 1)), show(lambda: struct.unpack_from('i')),
      show(lambda: struct.unpack_from('i', b'1234', 0, 1)), show(lambda: struct.unpack_from('i', buffer=b'1234')),
      show(lambda: struct.iter_unpack('i')), show(lambda: struct.calcsize()))
st = struct.Struct('i')
print(show(lambda: st.pack(x=1)), show(lambda: st.unpack()), show(lambda: st.unpack(b'12', b'34')),
      show(lambda: st.unpack_from()), show(lambda: st.unpack_from(b'1234', 0, 1)), show(lambda: st.iter_unpack()),
      show(lambda: st.pack_into(buf)), show(lambda: st(1)), show(lambda: struct.Struct()),
      show(lambda: struct.Struct('i', 'h')), show(lambda: struct.Struct(fmt='i')), struct.Struct(format='h').size)
print(show(lambda: st.pack(1.5)), show(lambda: st.pack('1')), show(lambda: struct.pack('f', '1')),
      show(lambda: struct.pack('c', 'a')), show(lambda: struct.pack('c', bytearray(b'a'))), show(lambda: struct.pack('s', 'a')),
      show(lambda: struct.pack('p', 1)), show(lambda: struct.pack('d', 2 ** 1024)), show(lambda: struct.pack('<f', 1e39)),
      struct.pack('f', 1e39), show(lambda: struct.pack('e', 65520.0)), struct.pack('e', 65519.0))


class Index:
    def __index__(self):
        return 7


class Floaty:
    def __float__(self):
        return 0.5


print(struct.pack('<iq', Index(), Index()), struct.pack('<d', Floaty()), struct.pack('<d', Index()),
      show(lambda: struct.pack('<i', Floaty())))
