# A sensor logger's binary file: a struct header with magic and version, fixed records packed/unpacked with iter_unpack, an array of samples with byteswap, checksums and bad input
import array
import io
import struct
import zlib

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<IhhHBx")
print("sizes:", HEADER.size, RECORD.size, struct.calcsize("@ihq"), struct.calcsize("=ihq"), struct.calcsize(">?x3s"))

readings = [(1700000000 + i * 60, -40 + i * 7, 1000 - i * 3, 500 + i, i % 3) for i in range(6)]
buf = io.BytesIO()
buf.write(HEADER.pack(b"SNSR", 2, RECORD.size, len(readings)))
for r in readings:
    buf.write(RECORD.pack(*r))
samples = array.array("h", [v * 11 - 300 for v in range(12)])
buf.write(struct.pack("<I", len(samples)))
buf.write(samples.tobytes())
raw = buf.getvalue()
buf.write(struct.pack("<I", zlib.crc32(raw)))
data = buf.getvalue()
print("bytes:", len(data), data[:16].hex(" "))

magic, version, recsize, count = HEADER.unpack_from(data, 0)
print(magic, version, recsize, count)
off = HEADER.size
for ts, temp, pressure, hum, flags in RECORD.iter_unpack(data[off:off + count * recsize]):
    print(f"  {ts} {temp / 10:6.1f}C {pressure:5d}hPa {hum / 10:5.1f}% flags={flags:03b}")
off += count * recsize
(n,) = struct.unpack_from("<I", data, off)
arr = array.array("h")
arr.frombytes(data[off + 4: off + 4 + n * arr.itemsize])
print("samples:", arr.tolist(), arr.typecode, arr.itemsize)
swapped = array.array("h", arr)
swapped.byteswap()
print("swapped head:", swapped[:3].tolist(), "max:", max(arr), "sum:", sum(arr))
crc_ok = struct.unpack("<I", data[-4:])[0] == zlib.crc32(data[:-4])
print("crc ok:", crc_ok)
packed = bytearray(8)
struct.pack_into(">HH", packed, 2, 0xBEEF, 7)
print(packed, struct.unpack(">Q", packed))
print(struct.pack("<e", 1.5).hex(), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack("!d", -0.0).hex())
print(struct.pack("5p", b"hi"), struct.pack("3s", b"toolong"), struct.pack("?", 7))
for fmt, args in (("<h", (40000,)), ("<B", (-1,)), ("<I", ("x",)), ("<2h", (1,)), ("<q", (1.5,)), ("<Z", (1,))):
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error", fmt, e)
try:
    RECORD.unpack(b"short")
except struct.error as e:
    print("struct.error:", e)
try:
    array.array("h", [70000])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("q").frombytes(b"abc")
except ValueError as e:
    print("ValueError:", e)
a = array.array("d", [1.0, 2.5])
a.extend([3.25])
a.insert(0, -1)
print(a, a.buffer_info()[1], a.index(2.5), a.count(1.0), bytes(a)[:8].hex())
