# array.array as a numeric buffer: every typecode's itemsize and range errors, append/extend/
# insert/pop/remove/index/count/reverse, byteswap, frombytes/tobytes, fromlist/tolist,
# fromunicode/tounicode, buffer_info's length, slicing and slice assignment, comparisons,
# concatenation and repetition, tofile/fromfile with EOFError, and the type errors.
import array
import io

for code in array.typecodes:
    a = array.array(code)
    print(code, a.itemsize, repr(a))
print(array.typecodes)

for code, bad in [('b', 128), ('B', -1), ('h', 2 ** 15), ('H', 2 ** 16), ('i', 2 ** 31), ('I', -5),
                  ('l', 2 ** 63), ('L', -1), ('q', 2 ** 63), ('Q', 2 ** 64), ('b', 1.5), ('f', 'x'), ('u', 'ab')]:
    try:
        array.array(code, [bad])
        print(code, 'accepted', bad)
    except (OverflowError, TypeError) as e:
        print(code, type(e).__name__, e)

a = array.array('i', [5, 3, 8, 3, 1])
a.append(9); a.extend([7, 7]); a.insert(0, 100); a.insert(-100, -1)
print(a, a.pop(), a.pop(0), a.count(3), a.index(3), a.index(7, 3))
a.remove(3); a.reverse()
print(a, a[1:4], a[::-2], a * 2, a + array.array('i', [0]))
a[1:3] = array.array('i', [42, 43, 44])
del a[::3]
print(a, len(a), a.buffer_info()[1], 42 in a)
for bad in [lambda: a.remove(999), lambda: a.index(999), lambda: a + array.array('d', [1.0]),
            lambda: a.__setitem__(slice(0, 2), [1, 2]), lambda: array.array('i').pop(),
            lambda: a.extend(array.array('h', [1])), lambda: array.array('z'), lambda: a.fromunicode('x')]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

h = array.array('H', [1, 256, 0xABCD])
print(h.tobytes())
h.byteswap()
print(h, h.tobytes())
d = array.array('d')
d.frombytes(array.array('d', [1.5, -0.25]).tobytes())
print(d, d.tolist())
try:
    d.frombytes(b'123')
except ValueError as e:
    print('ValueError', e)
f = array.array('f', [0.1, 1 / 3])
print(f, f[0] == 0.1, f.tolist())
u = array.array('u', 'héllo')
u.fromunicode(' wörld')
print(u, u.tounicode(), u.itemsize)
b = array.array('b', b'\x01\xff')
print(b, array.array('B', b'\x01\xff'), bytes(array.array('B', [65, 66])))
print(array.array('i', [1, 2]) == array.array('l', [1, 2]), array.array('i', [1, 2]) < array.array('i', [1, 3]),
      array.array('f', [0.5]) == array.array('d', [0.5]), array.array('b', [1]) == [1])

buf = io.BytesIO()
array.array('q', range(5)).tofile(buf)
buf.seek(0)
q = array.array('q')
q.fromfile(buf, 3)
print(q)
try:
    q.fromfile(buf, 5)
except EOFError as e:
    print('EOFError', e, q)
q.fromlist([10, 20])
try:
    q.fromlist([30, 'x'])
except TypeError as e:
    print('TypeError', e, q)
print(memoryview(q).format, memoryview(q).itemsize, memoryview(array.array('u')).format)
print(sum(array.array('H', range(1000))), max(array.array('d', [3.5, -1.0, 9.25])))
print(array.array('I', [1, 2, 3]).__reduce_ex__(3)[0].__name__, array.ArrayType is array.array)
