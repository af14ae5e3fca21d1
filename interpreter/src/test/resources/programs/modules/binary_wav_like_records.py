# Binary formats: a header with struct (endianness, padding, calcsize, iter_unpack, pack_into), a record table in array, memoryview slicing, struct errors.
import array
import struct
import sys

HEADER = struct.Struct("<4sIHH")
RECORD = struct.Struct(">hHf")
print(HEADER.size, RECORD.size, struct.calcsize("@bid"), struct.calcsize("=bid"), struct.calcsize("bxxh"))
records = [(-5, 100, 1.5), (32767, 65535, -0.25), (0, 1, 3.0e10)]
body = b"".join(RECORD.pack(*r) for r in records)
blob = HEADER.pack(b"RECS", len(body), 1, len(records)) + body
print(blob[:12].hex(" "), len(blob))
magic, size, version, count = HEADER.unpack_from(blob)
print(magic, size, version, count)
for rec in RECORD.iter_unpack(blob[HEADER.size:]):
    print(rec)
buf = bytearray(16)
struct.pack_into("<HH", buf, 4, 0xBEEF, 7)
print(buf.hex())
print(struct.unpack("<q", struct.pack("<q", -2)), struct.unpack(">Q", b"\xff" * 8))
print(struct.pack("?3s5p", True, b"abcdef", b"xy"))
print(struct.pack("<e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"))
for fmt, args in (("<h", (40000,)), ("B", (-1,)), ("<i", ("x",)), ("3s", (1,)), ("<H", (1, 2)), ("z", (1,))):
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(f"struct.error {fmt!r}: {e}")
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)

a = array.array("h", [1, -2, 3, 400])
print(a, a.itemsize, a.typecode, a.buffer_info()[1])
a.append(5); a.extend([6, 7]); a.insert(0, 0)
print(a.tolist(), a.count(3), a.index(400))
raw = a.tobytes()
b = array.array("h"); b.frombytes(raw)
print(b == a, len(raw))
b.byteswap()
print(b[:3])
f = array.array("d", (x / 4 for x in range(5)))
print(f, sum(f), f[1:3], f[::-2])
u = array.array("u", "héllo")
print(u, u.tounicode())
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("q", [1.5])
except TypeError as e:
    print("TypeError:", e)
try:
    array.array("x")
except ValueError as e:
    print("ValueError:", e)
m = memoryview(blob)
print(m[:4].tobytes(), m.nbytes, m[4:8].cast("I")[0], m.readonly)
mm = memoryview(bytearray(b"abcdef"))
mm[1:3] = b"XY"
print(mm.obj, mm[::2].tobytes(), mm.tolist()[:3])
ints = memoryview(array.array("i", [10, 20, 30]))
print(ints.format, ints.itemsize, ints.shape, ints.tolist(), ints.cast("B").nbytes)
print(sys.byteorder in ("little", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
