# Learner: struct packing, bytes/bytearray methods, memoryview slicing, a binary record format.
import struct
rec = struct.Struct("<I 8s h f ?")
print(rec.size, rec.format)
raw = rec.pack(42, b"widget", -7, 3.5, True)
print(raw, len(raw), raw.hex(" ", 4))
print(rec.unpack(raw))
print(struct.pack(">HHl", 1, 2, -1), struct.pack("@i", 1) == struct.pack("=i", 1), struct.calcsize("@bi"), struct.calcsize("=bi"))
print(struct.unpack("<3B", b"\x01\x02\x03"), struct.pack("<q", -2), struct.pack("<d", 1.1))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")), struct.pack("5p", b"abc"), struct.pack("c", b"x"))
buf = bytearray(16); struct.pack_into("<ii", buf, 4, 7, 8); print(buf, struct.unpack_from("<i", buf, 8))
for fmt, args in [("<h", (70000,)), ("<B", (-1,)), ("<i", ("x",)), ("<2i", (1,)), ("q", (1.5,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "error:", e)
try:
    struct.unpack("<i", b"abc")
except struct.error as e:
    print("error:", e)
b = b"Hello, World"
print(b.lower(), b.split(b", "), b.replace(b"l", b"L", 2), b.find(b"o"), b.startswith(b"He"), b[0], b[-3:], bytes(3), bytes([65, 66]))
print(b.hex(), bytes.fromhex("48 69"), b.center(16, b"*"), b"  x ".strip(), b"a,b".partition(b","), b.isalpha(), b"123".isdigit())
ba = bytearray(b"abc"); ba[0] = 65; ba += b"def"; ba.extend([103]); ba.insert(0, 33); del ba[1:3]
print(ba, ba.pop(), ba.decode(), ba * 2, bytearray.fromhex("ff00"), ba.upper(), len(ba))
mv = memoryview(bytearray(b"0123456789"))
mv[2:4] = b"xy"; print(mv.tobytes(), mv[::2].tobytes(), mv[-1], bytes(mv[1:3]), mv.readonly, mv.obj)
mv2 = memoryview(b"abcdef").cast("B", (2, 3)); print(mv2.shape, mv2.tolist(), mv2.ndim, mv2.strides)
ints = memoryview(struct.pack("<4i", 1, 2, 3, 4)).cast("i"); print(ints.tolist(), sum(ints), ints.format)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(4, "little"), b"\xff".decode("latin-1"), "€".encode("cp1252"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfe".decode("utf-8", "replace"), b"\xff".decode("utf-8", "backslashreplace"), b"ab\x00c".split(b"\x00"))
