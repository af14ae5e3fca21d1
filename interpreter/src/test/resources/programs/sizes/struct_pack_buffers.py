# Binary records packed with struct against tuples, and bytes joined against bytearray built.
import struct
import sys

rec = struct.Struct("<iHd")
print("struct size", rec.size, "format", rec.format)
vals = [(i, i % 65536, i / 3) for i in range(100)]
packed = [rec.pack(*v) for v in vals]
print("one packed", sys.getsizeof(packed[0]), "one tuple", sys.getsizeof(vals[0]))
blob = b"".join(packed)
print("blob", len(blob), sys.getsizeof(blob))
ba = bytearray()
steps = []
last = sys.getsizeof(ba)
for p in packed[:20]:
    ba += p
    if sys.getsizeof(ba) != last:
        last = sys.getsizeof(ba)
        steps.append((len(ba), last))
print("bytearray steps", steps)
buf = bytearray(rec.size * 5)
for i in range(5):
    rec.pack_into(buf, i * rec.size, *vals[i])
print("pack_into", sys.getsizeof(buf), list(rec.iter_unpack(bytes(buf)))[2])
print("unpack_from", rec.unpack_from(blob, rec.size * 50))
print("calcsize", struct.calcsize("i"), struct.calcsize("ci"), struct.calcsize("=ci"), struct.calcsize("q3x"))
print("Struct object", sys.getsizeof(struct.Struct("i")) > 0)
