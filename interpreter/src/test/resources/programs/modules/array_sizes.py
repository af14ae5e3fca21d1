# array: typecodes and item sizes, CPython's value checks and errors, the sequence methods,
# bytes round trips, and sys.getsizeof as CPython's arrayobject grows and shrinks its buffer.
import array
import sys

print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), sys.getsizeof(a))
a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], sys.getsizeof(a), a.tolist(), list(a), 2 in a)
sizes = []
for i in range(40):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
sizes = []
while len(a) > 0:
    a.pop()
    sizes.append(sys.getsizeof(a))
print(sizes)
print(sys.getsizeof(array.array('d', range(10))), sys.getsizeof(array.array('B', b'abcdef')),
      sys.getsizeof(array.array('u', 'hello')), sys.getsizeof(array.array('q', (1, 2))))
b = array.array('d', [1.5, -2.25])
b.extend([3.0, 4])
b.insert(0, 0.5)
b.fromlist([9.0])
print(b, b.index(3.0), b.count(4.0), sys.getsizeof(b))
b.remove(9.0)
b.reverse()
print(b, b * 2, 2 * array.array('b', [1]), b + array.array('d', [7.0]))
c = array.array('h', [1, -2, 3])
data = c.tobytes()
print(data, array.array('h', data), array.array('i', b'\x01\x00\x00\x00'), array.array('i', array.array('b', [1, 2])))
c.frombytes(b'\x05\x00')
c[0] = 100
c[1:3] = array.array('h', [7, 8, 9])
del c[0]
print(c, c.buffer_info()[1], sys.getsizeof(c))
c.byteswap()
print(c)
u = array.array('u', 'hi')
u.fromunicode('!')
print(u, u.tounicode(), u[0], array.array('f', [0.1])[0], array.array('f', [1e300])[0])
print(a == array.array('d', []), array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [1]) == [1])
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**40, -1, 256):
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(tc, v, 'OverflowError', e)
for tc, v in [('f', 'x'), ('d', None), ('u', 1), ('u', 'ab'), ('i', 'x'), ('i', 1.5)]:
    try:
        array.array(tc, [v])
    except TypeError as e:
        print(tc, repr(v), 'TypeError', e)
a = array.array('i', [1, 2, 3])
for f in [lambda: a.remove(9), lambda: a.index(9), lambda: array.array('i').pop(), lambda: a[10],
          lambda: a + array.array('d'), lambda: a.frombytes(b'abc'), lambda: array.array('i', 'ab'),
          lambda: a.tounicode(), lambda: array.array('z'), lambda: a.extend(array.array('b'))]:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
