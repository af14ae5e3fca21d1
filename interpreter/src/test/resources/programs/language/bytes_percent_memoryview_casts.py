# bytes %-formatting (%b with buffers and __bytes__, %s as %b, %a, %r, %c with ints and bytes,
# numbers, mapping keys, the errors) and memoryview: cast between formats and shapes, slices of
# casts, tolist of multi-dimensional views, release and the context manager, comparisons, hash.
import array
class HasBytes:
    def __bytes__(self): return b'<HB>'
print(b'%b|%s|%b|%b' % (b'x', bytearray(b'y'), memoryview(b'z'), HasBytes()))
print(b'%a|%r|%c|%c' % ('é', 'q', 65, b'B'), b'%d %i %u %x %X %o %e %.2f %g' % (7, -7, 3, 255, 255, 8, 1.5, 2.345, 1e10))
print(b'%(k)s-%(n)03d' % {b'k': b'v', b'n': 5}, b'%5b|%-5b|' % (b'ab', b'cd'), b'%%' % (), b'%#x %#o' % (31, 8))
for fmt, args in [(b'%b', 'str'), (b'%s', 5), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%b %b', (b'x',)),
                  (b'%b', (b'x', b'y')), (b'%(k)b', (b'x',)), (b'%z', 1), (b'%c', 'a')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(bytearray(b'%s!') % b'hi', type(bytearray(b'%s') % b'x').__name__)

buf = bytearray(range(24))
m = memoryview(buf)
print(m.format, m.itemsize, m.shape, m.strides, m.ndim, m.nbytes, m.readonly, m.contiguous)
m32 = m.cast('I')
print(m32.shape, m32.itemsize, m32[0] == int.from_bytes(bytes(range(4)), 'little'), len(m32))
m2d = m.cast('B', (4, 6))
print(m2d.shape, m2d.strides, m2d.tolist()[1], m2d[1, 2], m2d.c_contiguous)
m3d = m.cast('B', [2, 3, 4])
print(m3d.tolist()[1][2], m3d.shape, m3d.suboffsets)
for args in [('I', (3, 3)), ('d',), ('Q', (4,)), ('B', (5, 5)), ('xx',), ('@B',)]:
    try:
        r = m.cast(*args)
        print('cast', args, r.format, r.shape)
    except (TypeError, ValueError) as e:
        print('cast', args, type(e).__name__ + ':', e)
try:
    m32.cast('H')
except TypeError as e:
    print('TypeError:', e)
print(m[::2].tolist()[:5], m[::2].contiguous, m[2:10:3].tobytes())
try:
    m[::2].cast('I')
except TypeError as e:
    print('TypeError:', e)
try:
    m2d[0]
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    m2d[1:2]
except NotImplementedError as e:
    print('NotImplementedError:', e)
m[0:2] = b'\xff\xfe'
print(buf[:3], m32[0] == int.from_bytes(b'\xff\xfe\x02\x03', 'little'))
for bad in [lambda: m.__setitem__(slice(0, 2), b'abc'), lambda: m.__setitem__(0, 300), lambda: memoryview(b'ro').__setitem__(0, 1),
            lambda: hash(m), lambda: m32.__setitem__(0, -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
ro = memoryview(b'abc')
print(hash(ro) == hash(b'abc'), ro == b'abc', ro == bytearray(b'abc'), ro == [97, 98, 99], m.cast('B', (4, 6)) == m2d)
fa = array.array('f', [1.5, float('nan')])
fm = memoryview(fa)
print(fm == fa, fm.tolist()[0], fm == fm)
with memoryview(b'release me') as rm:
    print(rm[0], rm.obj)
print(repr(rm)[:20], hasattr(rm, 'released'))
try:
    rm[0]
except ValueError as e:
    print('ValueError:', e)
m2 = memoryview(buf)
try:
    buf.append(1)
except BufferError as e:
    print('BufferError:', e)
m2.release(); m.release(); m32.release(); m2d.release(); m3d.release(); r.release()
buf.append(1)
print(len(buf), repr(m).startswith('<released'))
print(memoryview(b'ab').cast('c').tolist(), memoryview(array.array('h', [-1, 2])).tolist(), memoryview(b'\x01\x00').cast('?').tolist())
