# struct.pack_into and unpack_from working through a shared bytearray and
# memoryview slices: writes through one view are seen by the others and by
# the bytearray, iter_unpack walks records, and the bounds errors.
import struct

record = struct.Struct("<HIf")
print("record size:", record.size, struct.calcsize("<HIf"), struct.calcsize("HIf"))
buf = bytearray(record.size * 4)
view = memoryview(buf)
for i in range(4):
    record.pack_into(buf, i * record.size, i, i * 1000, i / 4)
print("unpacked:", [record.unpack_from(buf, i * record.size) for i in range(4)])
second = view[record.size:2 * record.size]
record.pack_into(second, 0, 99, 99000, 9.5)
print("through a view slice:", record.unpack_from(buf, record.size))
print("iter_unpack:", list(record.iter_unpack(view)))
print("unpack_from view offset:", struct.unpack_from("<H", view, record.size * 3))
try:
    record.pack_into(buf, len(buf) - 2, 1, 2, 3.0)
except struct.error as e:
    print("struct.error:", e)
try:
    record.unpack_from(buf, len(buf) - 3)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack_into("<I", b"read-only", 0, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    list(struct.iter_unpack("<I", b"12345"))
except struct.error as e:
    print("struct.error:", e)
second.release()
view.release()
buf.extend(b"\x01\x00")
print("grown after release:", len(buf), struct.unpack_from("<H", buf, len(buf) - 2))
ro = memoryview(bytes(8))
try:
    struct.pack_into("<d", ro, 0, 1.0)
except TypeError as e:
    print("TypeError:", e)
print("negative offset:", struct.unpack_from("<H", buf, -2))
