# A binary TLV (type-length-value) protocol with struct: a header with magic, version, flags
# and a CRC32, records packed with pack_into into a preallocated bytearray, iter_unpack over
# fixed records, native against standard sizes and alignment (calcsize of '@' and '=' forms),
# Struct objects, array and memoryview views of the payload, and struct.error messages.
import array
import binascii
import struct

HEADER = struct.Struct(">4sBBHI")
REC = struct.Struct("<HhI")
print(HEADER.size, HEADER.format, REC.size, struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("@bq0i"), struct.calcsize("<?xH2x"))

def encode(records):
    body = bytearray()
    for kind, value in records:
        if isinstance(value, str):
            data = value.encode("utf-8")
            body += struct.pack(f"<BH{len(data)}s", kind, len(data), data)
        elif isinstance(value, float):
            body += struct.pack("<BHd", kind, 8, value)
        else:
            body += struct.pack("<BHq", kind, 8, value)
    header = HEADER.pack(b"TLV1", 1, 0b101, len(records), binascii.crc32(body))
    return header + bytes(body)

def decode(packet):
    magic, version, flags, count, crc = HEADER.unpack_from(packet)
    body = memoryview(packet)[HEADER.size:]
    if binascii.crc32(body) != crc:
        raise ValueError("bad checksum")
    out, pos = [], 0
    for _ in range(count):
        kind, length = struct.unpack_from("<BH", body, pos)
        pos += 3
        raw = bytes(body[pos:pos + length])
        pos += length
        out.append((kind, raw.decode() if kind == 1 else struct.unpack("<d" if kind == 2 else "<q", raw)[0]))
    return magic, version, bin(flags), out

packet = encode([(1, "héllo"), (2, 3.25), (3, -(2 ** 40)), (1, "")])
print(packet.hex(" ", 4))
print(decode(packet))
broken = bytearray(packet)
broken[-1] ^= 0xFF
try:
    decode(bytes(broken))
except ValueError as e:
    print("ValueError:", e)

buf = bytearray(REC.size * 4)
for i in range(4):
    REC.pack_into(buf, i * REC.size, i, -i * 100, 10 ** i)
print(buf.hex(), list(REC.iter_unpack(buf)))
print([r[2] for r in struct.iter_unpack("<HhI", bytes(buf))])
arr = array.array("H", bytes(buf[:8]))
print(arr, arr.itemsize, arr.tobytes() == bytes(buf[:8]))
arr.byteswap()
print(arr.tolist())
mv = memoryview(buf).cast("B")[:6].cast("H")
print(mv.tolist(), mv.format, mv.nbytes, mv.itemsize)
print(struct.pack(">f", 0.1).hex(), struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.pack("<e", 1.5).hex())
print(struct.pack("?3s5p", 2, b"abcdef", b"xy"), struct.unpack("5p", b"\x03abcd"))
for fmt, args in [("<h", (40000,)), ("<B", (-1,)), ("<I", (1.5,)), ("<2s", ("ab",)), ("<hh", (1,)), ("<q", (2 ** 63,)), ("z", (1,)), ("<c", (b"ab",))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", fmt, e)
for fmt, data in [("<I", b"\x00\x01"), ("<H", b"\x00\x01\x02")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("struct.error:", e)
try:
    list(struct.iter_unpack("<I", b"\x00" * 6))
except struct.error as e:
    print("struct.error:", e)
REC.unpack_from(buf, 40)
