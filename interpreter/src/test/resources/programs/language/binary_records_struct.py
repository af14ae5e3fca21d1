# Binary file formats as systems courses teach them: struct pack/unpack with byte orders and
# alignment (calcsize of native vs standard), a fixed-size record table written to BytesIO and
# read back with iter_unpack, a checksum with zlib.crc32, bytes/bytearray/memoryview views and
# casts, int.from_bytes of fields, and struct.error messages.
import struct, io, zlib

print(struct.calcsize("@bhi"), struct.calcsize("=bhi"), struct.calcsize("<bhi"), struct.calcsize("@ihb"), struct.calcsize("@bq"), struct.calcsize("<5s3x2H"))
print(struct.pack(">I", 0xDEADBEEF).hex(), struct.pack("<I", 0xDEADBEEF).hex(), struct.pack("!h", -2).hex(), struct.pack("<?xBx", True, 255).hex())
print(struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack(">f", struct.pack(">f", 0.1)), struct.unpack("<d", struct.pack("<d", 0.1)), struct.pack("<e", 1.5).hex())
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("p", b"x"), struct.unpack("3c", b"xyz"), struct.pack(">q", -1).hex())

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<I16sfB3x")
people = [(1, "Ada Lovelace", 36.5, 1), (2, "Alan Turing", 41.25, 0), (3, "Grace Hopper", 85.0, 1)]
buf = io.BytesIO()
buf.write(HEADER.pack(b"PPL1", RECORD.size, len(people)))
for pid, name, score, active in people:
    buf.write(RECORD.pack(pid, name.encode(), score, active))
data = buf.getvalue()
print(len(data), HEADER.size, RECORD.size, hex(zlib.crc32(data)), data[:10])
magic, size, count = HEADER.unpack_from(data)
print(magic, size, count)
for pid, raw, score, active in RECORD.iter_unpack(data[HEADER.size:]):
    name = raw.rstrip(b"\0").decode()
    print(f"  {pid:3} {name:<14} {score:6.2f} {bool(active)}")
view = memoryview(data)
print(view[HEADER.size:HEADER.size + 4].tobytes(), int.from_bytes(view[6:10], "little"), view.nbytes, view.readonly, view.format, view[0])
ints = memoryview(bytearray(struct.pack("<4i", 1, -2, 3, -4))).cast("i")
print(ints.tolist(), ints[1], len(ints), ints.itemsize, ints.shape)
ints[0] = 100
print(ints.obj[:4], ints.cast("B").tolist()[:8])
ba = bytearray(b"hello world")
mv = memoryview(ba)[6:]
mv[:5] = b"WORLD"
print(ba, bytes(mv), ba.find(b"WORLD"), ba.replace(b"l", b"L"), bytes.fromhex("de ad be ef"), bytes(range(65, 70)))
for fmt, args in [("<h", (70000,)), ("<B", (-1,)), ("<i", ("x",)), ("<2i", (1,)), ("<z", (1,)), ("<I", (1.5,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
for fmt, blob in [("<i", b"\x00\x01"), ("<h", b"\x00\x01\x02")]:
    try:
        struct.unpack(fmt, blob)
    except struct.error as e:
        print("struct.error:", e)
try:
    RECORD.unpack_from(data, 1000)
except struct.error as e:
    print("struct.error:", e)
