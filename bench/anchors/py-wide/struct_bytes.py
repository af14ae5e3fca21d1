# struct and bytes handling: pack/unpack records, bytearray building, hex, slicing, int.from_bytes.
import struct

rec = struct.Struct("<iHd8s")
buf = bytearray()
for i in range(100000):
    buf += rec.pack(i, i % 65536, i * 0.25, b"name%04d" % (i % 10000))
data = bytes(buf)
total = 0
for off in range(0, len(data), rec.size):
    a, b, c, name = rec.unpack_from(data, off)
    total += a + b + int(c) + name[4]
for (a, b, c, name) in rec.iter_unpack(data):
    total += b
total += sum(struct.unpack("<100I", data[:400]))
for i in range(0, 200000):
    v = int.from_bytes(data[i:i + 4], "little")
    total += v & 0xFF
    total += len(v.to_bytes(4, "big"))
total += len(data.hex()) + data.count(b"name") + data.find(b"name9999")
ba = bytearray(b"x" * 1000)
for i in range(200000):
    ba[i % 1000] = i & 0xFF
total += sum(ba)
print(total)
