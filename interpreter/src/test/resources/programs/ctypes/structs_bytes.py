# Structures, unions and arrays as bytes: layouts with padding, _pack_, bit fields, nested types and
# _anonymous_; round trips through bytes(), from_buffer_copy and from_buffer over a bytearray.
import ctypes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_long), ("y", ctypes.c_long)]


class Mixed(ctypes.Structure):
    _fields_ = [("tag", ctypes.c_char), ("count", ctypes.c_int), ("ratio", ctypes.c_double),
                ("flag", ctypes.c_bool), ("name", ctypes.c_char * 5), ("pos", Point)]


class Packed(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("tag", ctypes.c_char), ("count", ctypes.c_int), ("small", ctypes.c_short)]


class Flags(ctypes.Structure):
    _fields_ = [("a", ctypes.c_uint, 1), ("b", ctypes.c_uint, 3), ("c", ctypes.c_int, 4),
                ("d", ctypes.c_ushort, 9), ("e", ctypes.c_ubyte), ("f", ctypes.c_long, 40)]


class Number(ctypes.Union):
    _fields_ = [("i", ctypes.c_uint64), ("d", ctypes.c_double), ("b", ctypes.c_ubyte * 8)]


class Inner(ctypes.Structure):
    _fields_ = [("lo", ctypes.c_short), ("hi", ctypes.c_short)]


class Outer(ctypes.Structure):
    _anonymous_ = ("parts",)
    _fields_ = [("kind", ctypes.c_int), ("parts", Inner)]


for cls in (Point, Mixed, Packed, Flags, Number, Inner, Outer):
    print(cls.__name__, "size", ctypes.sizeof(cls), "align", ctypes.alignment(cls))
    for name, *rest in cls._fields_:
        print("   ", name, getattr(cls, name))
print("anonymous members:", Outer.lo, Outer.hi)

p = Point(3, -4)
raw = bytes(p)
print("Point bytes:", raw.hex())
q = Point.from_buffer_copy(raw)
print("copied back:", q.x, q.y, "independent:", ctypes.addressof(q) != ctypes.addressof(p))
m = Mixed(b"T", 7, 0.5, True, b"abc", Point(1, 2))
print("Mixed bytes:", bytes(m).hex())
m2 = Mixed.from_buffer_copy(bytes(m))
print("Mixed back:", m2.tag, m2.count, m2.ratio, m2.flag, m2.name, m2.pos.x, m2.pos.y)
print("Packed bytes:", bytes(Packed(b"P", 0x01020304, -2)).hex())

f = Flags()
f.a, f.b, f.c, f.d, f.e, f.f = 1, 5, -3, 300, 255, -(2 ** 39)
print("Flags:", f.a, f.b, f.c, f.d, f.e, f.f, bytes(f).hex())
f.b = 9
print("wrapped into 3 bits:", f.b, "neighbours kept:", f.a, f.c)

n = Number()
n.d = 1.0
print("union double 1.0:", hex(n.i), list(n.b))
n.b[7] = 0xC0
print("sign flipped:", n.d)

o = Outer(1, Inner(10, 20))
print("anonymous read:", o.lo, o.hi, o.parts.lo)
o.hi = 99
print("anonymous write:", o.parts.hi, bytes(o).hex())

buf = bytearray(16)
view = Point.from_buffer(buf)
view.x = 0x1122
view.y = -1
print("bytearray after writes:", buf.hex())
buf[0] = 0xFF
print("struct sees the bytearray:", hex(view.x))
arr = (ctypes.c_uint16 * 4).from_buffer(buf, 8)
print("array over the same bytes:", list(arr))
arr[:] = [1, 2, 3, 4]
print("back into the bytearray:", buf.hex(), view.y)

a = (ctypes.c_int * 5)(5, 4, 3)
print("array:", list(a), a[1:4], a[::-2], len(a), bytes(a).hex())
a[1:3] = (40, 30)
print("slice assigned:", a[:])
b = (ctypes.c_int * 5).from_buffer_copy(bytes(a))
print("array round trip:", b[:] == a[:])
grid = ((ctypes.c_byte * 3) * 2)((1, 2, 3), (4, 5, 6))
print("2-d:", [list(row) for row in grid], ctypes.sizeof(grid), type(grid).__name__)
pts = (Point * 2)(Point(1, 2), (3, 4))
print("array of structs:", [(pt.x, pt.y) for pt in pts], bytes(pts).hex())
s = ctypes.create_string_buffer(b"hello", 8)
print("string buffer:", s.value, s.raw, ctypes.sizeof(s), s[1], s[1:3])
s.value = b"hi"
print("value set:", s.raw)
w = ctypes.create_unicode_buffer("h\u20ac")
print("unicode buffer:", w.value, ctypes.sizeof(w), w[1], list(bytes(w)))
