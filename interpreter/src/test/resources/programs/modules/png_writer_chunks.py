# A tiny PNG writer and reader: struct-packed chunks with zlib.crc32, zlib.compress of filtered scanlines, reading the chunks back with a signature check, decompressobj streaming, adler32, and errors for corrupt data.
import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

def make_png(width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return SIGNATURE + chunk(b"IHDR", ihdr) + chunk(b"tEXt", b"Comment\x00made by a test") + \
        chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")

def read_chunks(blob):
    if blob[:8] != SIGNATURE:
        raise ValueError("not a PNG file")
    pos = 8
    while pos < len(blob):
        length, kind = struct.unpack_from(">I4s", blob, pos)
        data = blob[pos + 8:pos + 8 + length]
        crc, = struct.unpack_from(">I", blob, pos + 8 + length)
        if zlib.crc32(kind + data) != crc:
            raise ValueError(f"bad CRC in {kind.decode()} chunk")
        yield kind.decode(), data
        pos += 12 + length

png = make_png(4, 3, lambda x, y: (x * 60, y * 100, 255 - x * y * 20))
print(len(png), png[:16].hex(" "))
for kind, data in read_chunks(png):
    if kind == "IHDR":
        print(kind, struct.unpack(">IIBBBBB", data))
    elif kind == "IDAT":
        raw = zlib.decompress(data)
        print(kind, len(data), "->", len(raw), [raw[i * 13:(i + 1) * 13].hex() for i in range(3)])
    else:
        print(kind, data)
corrupt = bytearray(png); corrupt[40] ^= 0xFF
try:
    list(read_chunks(bytes(corrupt)))
except ValueError as e:
    print("ValueError:", e)
try:
    list(read_chunks(b"GIF89a"))
except ValueError as e:
    print("ValueError:", e)

text = b"to be or not to be, that is the question. " * 50
for level in (0, 1, 6, 9):
    print(level, len(zlib.compress(text, level)))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
co = zlib.compressobj(level=6, wbits=-15)
parts = [co.compress(text[:500]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(text[500:]), co.flush()]
print([len(p) for p in parts][1:2], parts[1][-4:].hex())
do = zlib.decompressobj(wbits=-15)
out = b"".join(do.decompress(p, 100) + do.unconsumed_tail[:0] for p in parts[:1])
print(len(out), do.eof, len(do.unconsumed_tail) > 0)
whole = zlib.decompressobj(-15).decompress(b"".join(parts))
print(whole == text)
gz = zlib.compressobj(wbits=31); g = gz.compress(b"gzip via zlib") + gz.flush()
print(g[:3].hex(), zlib.decompress(g, wbits=47))
d = zlib.decompressobj(); res = d.decompress(zlib.compress(b"abc") + b"TRAILING")
print(res, d.unused_data, d.eof)
for bad in (b"not zlib data", zlib.compress(b"x")[:-3]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.compress(b"x", 10)
except zlib.error as e:
    print("zlib.error:", e)
print(zlib.ZLIB_VERSION.count(".") >= 2, zlib.MAX_WBITS, zlib.DEFLATED)
