# Learner: the array module: typecodes, methods, conversions, errors.
from array import array
import sys

a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, len(a), a.itemsize, a.typecode)
print(a[2], a[-1], a[1:4], a[::2])
a[1:3] = array("i", [10, 20, 30])
print(a)
print(a.index(30), a.count(30), a.pop(), a.pop(0), a)
a.remove(10); a.reverse(); print(a)
print(a.tolist(), a.tobytes()[:8])
b = array("d", [1.5, 2.25])
print(b, b * 2, b + array("d", [3.0]))
print(array("u", "hello"), array("u", "hi").tounicode())
c = array("B", b"\x01\x02\xff")
print(c, list(c), bytes(c))
try:
    array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    array("q", [1]) + array("i", [1])
except TypeError as e:
    print("TypeError:", e)
try:
    array("z")
except ValueError as e:
    print("ValueError:", e)
h = array("h"); h.frombytes(b"\x01\x00\x02\x00")
print(h, h.buffer_info()[1])
h.byteswap(); print(h)
f = array("f", [0.1]); print(f[0], f)
print(array("l", range(5)) == array("l", [0, 1, 2, 3, 4]), array("i", [1, 2]) < array("i", [1, 3]))
print(sys.getsizeof(array("i")), sys.getsizeof(array("i", range(10))))
m = memoryview(array("i", [7, 8, 9]))
print(m.format, m.itemsize, m.tolist(), m.nbytes)
import array as arrmod
print(arrmod.typecodes)
x = array("I", [1, 2, 3]); x.fromlist([4, 5]); print(x, x.__reduce_ex__(2)[0].__name__)
print(repr(array("b")), str(array("d")))
