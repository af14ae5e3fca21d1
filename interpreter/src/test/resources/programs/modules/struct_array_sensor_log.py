# A binary sensor log with struct and array: formats with byte orders and alignment (calcsize of
# native against standard), pack_into/unpack_from with offsets, iter_unpack, Struct objects, '?',
# 'e' half floats, 'p' pascal strings, 's' padding; array typecodes, byteswap, tobytes/frombytes,
# buffer_info size, extend/insert/pop/remove/index/count, slicing, and the struct.error messages.
import array
import struct

print([struct.calcsize(f) for f in ["b", "h", "i", "q", "bi", "=bi", "<bi", "@bq", "@qb", "3s", "0i", "ic", "2p", "?", "e", "P", "n"]])
rec = struct.Struct("<IhHf8sx?")
print(rec.size, rec.format)
readings = [(1, -20, 65535, 21.5, b"north", True), (2, 300, 0, -0.125, b"south-east-long", False)]
blob = b"".join(rec.pack(*r) for r in readings)
print(blob.hex())
for r in rec.iter_unpack(blob):
    print(r)
buf = bytearray(32)
struct.pack_into(">HxxI", buf, 4, 0xBEEF, 123456789)
print(buf.hex(), struct.unpack_from(">HxxI", buf, 4), struct.unpack_from("<I", buf, offset=8))
print(struct.pack(">e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"), struct.pack("5p", b"hi"), struct.unpack("5p", b"\x09abcd"), struct.pack("4s", b"abcdefg"))
print(struct.pack("<q", -2), struct.pack(">d", 0.1).hex(), struct.unpack(">d", bytes.fromhex("3fb999999999999a")), struct.pack("?", 5), struct.pack("c", b"*"))
print(struct.pack("!h2xb", 1, 2), struct.pack("@ih", 1, 2) if struct.calcsize("@ih") == 6 else "", struct.unpack("<3B", b"\x01\x02\x03"))
for fmt, args in [("b", (200,)), ("<H", (-1,)), ("i", ("x",)), ("2i", (1,)), ("c", (b"ab",)), ("e", (1e6,)), ("<f", (1e40,)), ("q", (2**63,)), ("z", (1,)), ("s", (1,))]:
    try:
        struct.pack(fmt, *args)
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
for fmt, data in [("<I", b"\x01\x02"), ("<2h", b"\x00" * 5)]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("struct.error:", e)
try:
    list(struct.iter_unpack("<I", b"\x00" * 6))
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack_from("<I", b"\x00" * 4, 2)
except struct.error as e:
    print("struct.error:", e)
a = array.array("h", [1, -2, 300])
print(a, a.itemsize, a.typecode, a.tobytes().hex(), a.buffer_info()[1], len(a))
a.byteswap()
print(a, a.tolist())
a.byteswap()
a.extend([5, 5, 7])
a.insert(0, 9)
a.append(-1)
print(a, a.pop(), a.pop(0), a.count(5), a.index(5), a[1:4], a[::-1])
a.remove(5)
print(a, a * 2 if False else a + array.array("h", [0]), 300 in a)
f = array.array("d", [0.5, 2.25])
f.frombytes(struct.pack("<2d", 1.0, -3.5))
print(f, f.tolist(), array.array("b", b"\x01\xff"), array.array("u", "héllo"), array.array("u", "ab").tounicode(), array.array("B", range(4)).tobytes())
print(array.array("I", [1, 2]) == array.array("l", [1, 2]), array.array("f", [0.1])[0], sorted(array.typecodes))
for bad in [lambda: array.array("b", [200]), lambda: array.array("x"), lambda: array.array("h", [1.5]), lambda: array.array("i").pop(),
            lambda: array.array("h", [1]).index(9), lambda: array.array("d").frombytes(b"\x00" * 7), lambda: array.array("h") + array.array("i")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
m = memoryview(array.array("i", [10, 20, 30]))
print(m.format, m.itemsize, m.tolist(), m[1], m.nbytes, bytes(m[:1]))
