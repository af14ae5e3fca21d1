# A binary-format tool: a BMP image header and pixels written with struct and array, read back,
# checked with struct.calcsize/unpack_from/iter_unpack, byte orders, array typecodes, byteswap,
# tobytes/frombytes, and struct's errors.
import array, struct, sys, zlib

W, H = 4, 3
pixels = array.array("B")
for y in range(H):
    for x in range(W):
        pixels.extend((x * 60, y * 100, 255 - x * 60))
    pixels.extend(bytes((-(W * 3)) % 4))
row = W * 3 + (-(W * 3)) % 4
FILE_HDR = struct.Struct("<2sIHHI")
INFO_HDR = struct.Struct("<IiiHHIIiiII")
print(FILE_HDR.size, INFO_HDR.size, FILE_HDR.format, struct.calcsize("@bid"), struct.calcsize("=bid"))
off = FILE_HDR.size + INFO_HDR.size
blob = bytearray(FILE_HDR.pack(b"BM", off + len(pixels), 0, 0, off))
blob += INFO_HDR.pack(INFO_HDR.size, W, -H, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
blob += pixels.tobytes()
print(len(blob), blob[:2], blob[:14].hex(" "), zlib.crc32(blob))

magic, size, _, _, start = FILE_HDR.unpack_from(blob)
fields = INFO_HDR.unpack_from(blob, FILE_HDR.size)
print(magic, size, start, fields[1:5])
for y in range(abs(fields[2])):
    line = blob[start + y * row:start + y * row + W * 3]
    print(y, [tuple(p) for p in struct.iter_unpack("3B", line)])

rec = struct.Struct(">h?xq4sf")
packed = rec.pack(-2, True, 2**40, b"ab", 1.5)
print(packed.hex(), rec.unpack(packed), rec.size)
print(struct.pack("!I", 1), struct.pack("<I", 1), struct.pack(">e", 0.1), struct.unpack("<d", struct.pack("<d", 1 / 3)))
print(struct.pack("5p", b"hello world"), struct.pack("3s", b"toolong"), struct.pack("?", []))
buf = bytearray(12)
struct.pack_into("<Hxxq", buf, 0, 513, -1)
print(buf.hex(), struct.unpack_from("<q", buf, 4))
for fmt, args in (("b", (200,)), ("H", (-1,)), ("i", ("1",)), ("z", (1,)), ("2h", (1,)), ("<q", (2**63,))):
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(f"struct.error {fmt}: {e}")
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)

a = array.array("h", [1, -2, 300])
b = array.array("h", a.tobytes())
print(a == b, a.itemsize, a.typecode, a.buffer_info()[1])
b.byteswap()
print(b.tolist(), array.array("h", b.tobytes()[::-1]).tolist())
d = array.array("d", [0.5, 1.25])
d.frombytes(struct.pack("2d", 2.0, 4.0))
print(d, d.count(2.0), d.index(4.0), d[::-1], d * 2 == array.array("d", list(d) * 2))
u = array.array("u", "héllo")
print(u, u.tounicode(), len(u.tobytes()) == 5 * u.itemsize)
q = array.array("Q", [2**64 - 1])
print(q, array.array("L").itemsize == struct.calcsize("L"), sys.byteorder in ("little", "big"))
for tc, v in (("b", 128), ("B", -1), ("f", "x"), ("i", 2**40)):
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(f"{tc}: {type(e).__name__}: {e}")
try:
    array.array("x")
except ValueError as e:
    print("ValueError:", e)
m = memoryview(pixels).cast("B")
print(m.nbytes, m[:6].tolist(), bytes(m[3:6]))
print(int.from_bytes(blob[2:6], "little"), (1024).to_bytes(4, "big"), int.from_bytes(b"\xff\xfe", "big", signed=True))
