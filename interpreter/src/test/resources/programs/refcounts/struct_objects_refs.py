# struct.Struct as a reference holder: the object keeps its format as bytes (so not the str it was
# given: its count is unchanged), the `format` getter decodes a new str at each read, unpack() builds a new tuple of new objects each call (small ints shared),
# pack() makes new bytes, iter_unpack's iterator holds the Struct and the buffer until it is
# exhausted or dropped, and the module-level functions cache compiled Structs by format.
import gc
import struct
import sys


def rc(obj):
    return sys.getrefcount(obj) - 2


fmt = "".join(["<", "hid"])
s = struct.Struct(fmt)
print("format kept:", s.format == fmt, s.format is fmt, rc(fmt))
print("format read twice:", s.format is s.format)
print("size:", s.size, "referents:", [type(r).__name__ for r in gc.get_referents(s)])
sb = struct.Struct(b"<hid")
print("bytes format:", repr(sb.format), type(sb.format).__name__)

packed = s.pack(7, 1 << 40 >> 20, 2.5)
print("packed:", type(packed).__name__, len(packed), rc(packed))
t1 = s.unpack(packed)
t2 = s.unpack(packed)
print("unpack gives new tuples:", t1 == t2, t1 is t2, t1[2] is t2[2], t1[0] is t2[0])
print("tuple tracked:", gc.is_tracked(t1), "count", rc(t1))

buf = bytearray(packed * 3)
it = s.iter_unpack(buf)
print("iter_unpack holds struct and buffer:", rc(s), type(it).__name__)
print("first:", next(it))
try:
    buf.append(0)
except BufferError as exc:
    print("buffer exported:", exc)
print("remaining hint:", it.__length_hint__())
rest = list(it)
print("rest:", rest, "hint now", it.__length_hint__())
buf.append(0)
print("exhausted iterator released the buffer:", len(buf))
del it
print("struct count after iterator:", rc(s))

view = memoryview(bytearray(s.size))
s.pack_into(view, 0, -1, 2, 0.5)
print("pack_into a memoryview:", s.unpack_from(view))
view.release()

# the module functions compile and cache a Struct per format
before = struct.calcsize("<hid")
a = struct.pack("<hid", 1, 2, 3.0)
b = struct.pack("<hid", 1, 2, 3.0)
print("same bytes, new objects:", a == b, a is b)
struct._clearcache()
print("after _clearcache:", struct.unpack("<hid", a))

try:
    struct.Struct("<q").pack(1 << 70)
except struct.error as exc:
    print("struct.error:", exc)
try:
    s.unpack(b"short")
except struct.error as exc:
    print("struct.error:", exc)
