# array.array keeps its items in a C buffer: sizes, addresses, every typecode's C range, bytes,
# files, pickling, slicing, comparison, and the buffer it exports to memoryview.
import array
import io
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("typecodes:", array.typecodes, array.ArrayType is array.array)
print(array.array, type(iter(array.array('b'))))
for code in array.typecodes:
    a = array.array(code)
    print(code, a.itemsize, sys.getsizeof(a), a.typecode, repr(a))

# C ranges and the errors of each typecode
values = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 2**32,
          2**63 - 1, 2**63, 2**64 - 1, 2**64, -2**63, -2**63 - 1, 1.5, "x", None]
for code in "bBhHiIlLqQ":
    ok = []
    for v in values:
        try:
            array.array(code, [v])
            ok.append(v)
        except (OverflowError, TypeError) as e:
            pass
    print(code, "accepts", ok)
for code in "bBhHiIlLqQfdu":
    for v in [2**64, -2**70, 3.5, "ab", None, True]:
        attempt("  %s %r:" % (code, v), lambda: array.array(code, [v]))

# floats: 'f' rounds to single precision
print(array.array('f', [0.1, 1e300, -1e300]), array.array('d', [0.1, 2, True]))
print(array.array('u', 'héllo'), array.array('u', 'héllo').tounicode())

# the buffer: exact on creation, then array_resize's growth
a = array.array('i', [1, 2, 3])
address, n = a.buffer_info()
print("buffer_info:", n, address != 0, address != id(a))
last = sys.getsizeof(a)
for i in range(40):
    a.append(i)
    if sys.getsizeof(a) != last:
        last = sys.getsizeof(a)
        print("  append", len(a), last, a.buffer_info()[1])
while len(a) > 10:
    a.pop()
print("after pops:", len(a), sys.getsizeof(a))
del a[:]
print("emptied:", len(a), sys.getsizeof(a), a.buffer_info()[1])
print("range:", sys.getsizeof(array.array('i', range(3))), "tuple:", sys.getsizeof(array.array('i', (1, 2, 3))),
      "bytes:", sys.getsizeof(array.array('i', b'1234')), "slice:", sys.getsizeof(array.array('i', range(9))[::2]),
      "repeat:", sys.getsizeof(array.array('i', [1, 2, 3]) * 3))

# bytes in and out
b = array.array('h', [1, -2, 300])
print(b.tobytes(), array.array('h', b.tobytes()) == b)
b.byteswap()
print("byteswapped:", b, b.tobytes())
b.frombytes(b'\x01\x00')
print("frombytes:", b)
attempt("odd bytes:", lambda: b.frombytes(b'\x01'))
attempt("str to frombytes:", lambda: b.frombytes('ab'))
f = io.BytesIO()
array.array('d', [1.5, 2.5, 3.5]).tofile(f)
f.seek(0)
c = array.array('d')
c.fromfile(f, 2)
print("fromfile:", c)
attempt("fromfile past the end:", lambda: c.fromfile(f, 5))
print("after EOFError:", c)
c.fromlist([9, 10])
attempt("fromlist tuple:", lambda: c.fromlist((1,)))
print(c.tolist(), c.count(9.0), c.index(10.0))
attempt("index missing:", lambda: c.index(99))
attempt("remove missing:", lambda: c.remove(99))
u = array.array('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode(), u.tobytes()[:8])
attempt("tounicode on i:", lambda: array.array('i').tounicode())

# pickling
d = array.array('l', [1, -2])
print(d.__reduce_ex__(2))
r = d.__reduce_ex__(4)
print(r[0].__name__, r[1][1:], r[2])
print("rebuilt:", r[0](*r[1]))
import copy
print(copy.copy(d), copy.deepcopy(d), copy.copy(d) is d)

# sequences
e = array.array('i', range(10))
print(e[2], e[-1], e[2:5], e[::3], e[::-4])
e[1:3] = array.array('i', [7, 7, 7])
print(e)
e[::2] = array.array('i', [0] * 6)
print(e)
del e[::3]
print(e)
attempt("extended size:", lambda: e.__setitem__(slice(None, None, 2), array.array('i', [1])))
attempt("list slice:", lambda: e.__setitem__(slice(0, 1), [1]))
attempt("other kind:", lambda: e.__setitem__(slice(0, 1), array.array('d', [1])))
attempt("index range:", lambda: e[100])
attempt("assign range:", lambda: e.__setitem__(100, 1))
attempt("index type:", lambda: e['a'])
e.insert(0, -5)
e.insert(100, 50)
print(e, e.pop(), e.pop(0), 7 in e, 99 in e)
print(array.array('i', [1, 2]) + array.array('i', [3]), array.array('b', [1]) * 3, 2 * array.array('b', [4]))
attempt("add list:", lambda: array.array('i') + [1])
attempt("add other kind:", lambda: array.array('i') + array.array('d'))
g = array.array('i', [1])
g += array.array('i', [2])
g *= 2
print(g)
attempt("iadd list:", lambda: g.__iadd__([1]))
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('i', [1, 2]) < array.array('i', [1, 3]),
      array.array('b', [1, 2, 3]) > array.array('h', [1, 2]), array.array('i') == [])
attempt("hash:", lambda: hash(array.array('i')))
print(list(reversed(array.array('i', [1, 2, 3]))), sorted(array.array('d', [3, 1, 2])))

# exported buffers pin the array's size
h = array.array('i', [1, 2, 3])
view = memoryview(h)
attempt("append while viewed:", lambda: h.append(4))
attempt("pop while viewed:", lambda: h.pop())
h[0] = 10
print("item write while viewed:", view[0], view.format, view.itemsize, view.nbytes)
view[1] = 20
print("write through the view:", h)
view.release()
h.append(4)
print("after release:", h)
with memoryview(array.array('u', 'xy')) as uv:
    print("unicode view:", uv.format, uv.itemsize, uv.nbytes)
    attempt("  tolist:", lambda: uv.tolist())
print(bytes(array.array('H', [1, 2])), bytearray(array.array('b', [-1])))


class Samples(array.array):
    pass


s = Samples('d', [1.0, 2.0])
s.note = "kept"
print(s, type(s[:1]).__name__, s.__reduce_ex__(2)[2], memoryview(s).tolist())
attempt("no typecode:", lambda: array.array())
attempt("three arguments:", lambda: array.array('i', [1], 3))
attempt("keyword:", lambda: array.array('i', x=1))
