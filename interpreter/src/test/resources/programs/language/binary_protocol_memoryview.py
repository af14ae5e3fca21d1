# a binary protocol: struct-packed headers, memoryview slicing without copies, bytearray in-place edits, checksums, hex dumps
import struct, zlib, binascii

HEADER = struct.Struct("!4sHHI")
def encode(kind, seq, payload: bytes) -> bytes:
    body = HEADER.pack(b"PYHP", kind, seq, len(payload)) + payload
    return body + struct.pack("!I", zlib.crc32(body))

def decode(buf):
    mv = memoryview(buf)
    out = []
    while mv:
        magic, kind, seq, n = HEADER.unpack_from(mv)
        if magic != b"PYHP":
            raise ValueError(f"bad magic {bytes(magic)!r}")
        end = HEADER.size + n
        payload = mv[HEADER.size:end]
        (crc,) = struct.unpack_from("!I", mv, end)
        ok = crc == zlib.crc32(mv[:end])
        out.append((kind, seq, bytes(payload), ok))
        mv = mv[end + 4:]
    return out

stream = b"".join(encode(k, i, p) for i, (k, p) in enumerate([(1, b"hello"), (2, b""), (3, "ünï".encode())]))
print(len(stream), HEADER.size, HEADER.format)
for msg in decode(stream):
    print(msg)
bad = bytearray(stream)
bad[14] ^= 0xFF
print([m[3] for m in decode(bad)])
bad[0:4] = b"XXXX"
try:
    decode(bad)
except ValueError as e:
    print(e)

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexs = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexs:<{width * 3}} |{text}|")
hexdump(stream[:24])
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba.extend(b"!!")
ba.insert(0, 62)
del ba[-1]
print(ba, ba.find(b"o"), ba.upper(), ba.replace(b"l", b"L", 2), bytes(ba[::-1]))
mv = memoryview(ba)
mv[1] = ord("J")
print(ba[:3], mv.nbytes, mv.readonly, mv[1:3].tobytes(), mv.tolist()[:3])
try:
    ba.append(300)
except ValueError as e:
    print(e)
try:
    ba.extend([1, "x"])
except TypeError as e:
    print(e)
try:
    ba += b"x"
except BufferError as e:
    print("BufferError:", e)
mv.release()
ba += b"x"
print(len(ba), bool(memoryview(b"")), bool(mv[0:0]) if False else "", bool(memoryview(ba)[:0]))
try:
    bool(mv)
except ValueError as e:
    print(e)
print(binascii.hexlify(b"\x01\xab", "-"), bytes.fromhex("de ad be ef").hex(":", 2), b"abc".hex(), int.from_bytes(b"\x01\x00", "little"))
print(struct.pack("<q", -2), struct.unpack("<2h", b"\x01\x00\xff\xff"), struct.pack("3s", b"abcdef"), struct.pack("?", 5), struct.calcsize("!ihb"))
print(zlib.adler32(b"abc"), binascii.crc32(b"abc"), len(zlib.compress(b"a" * 1000)), zlib.decompress(zlib.compress(b"round")))
