# A whole application: compressors written by hand and checked against the library: Huffman coding
# (heapq with tie-breaking counters, canonical codes, a bit writer into a bytearray), run-length
# encoding, LZ77 with a sliding window, a Burrows-Wheeler transform with move-to-front, base64 and
# a CRC-32 computed by a table, all compared with zlib, binascii and struct framing.
import base64
import binascii
import heapq
import itertools
import struct
import zlib
from collections import Counter

TEXT = ("It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of "
        "foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, "
        "it was the season of Darkness, it was the spring of hope, it was the winter of despair.").encode()


class BitWriter:
    def __init__(self):
        self.buf = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, code, length):
        for i in range(length - 1, -1, -1):
            self.acc = (self.acc << 1) | ((code >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.buf.append(self.acc)
                self.acc = self.n = 0

    def getvalue(self):
        pad = (8 - self.n) % 8
        out = bytes(self.buf) + (bytes([self.acc << pad]) if self.n else b"")
        return out, pad


class BitReader:
    def __init__(self, data, pad):
        self.bits = itertools.chain.from_iterable(((b >> i) & 1 for i in range(7, -1, -1)) for b in data)
        self.total = len(data) * 8 - pad

    def __iter__(self):
        return itertools.islice(self.bits, self.total)


def huffman_lengths(data):
    freq = Counter(data)
    if len(freq) == 1:
        return {next(iter(freq)): 1}
    tie = itertools.count()
    heap = [(n, next(tie), {sym: 0}) for sym, n in sorted(freq.items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        merged = {s: d + 1 for s, d in itertools.chain(a.items(), b.items())}
        heapq.heappush(heap, (n1 + n2, next(tie), merged))
    return heap[0][2]


def canonical(lengths):
    code = 0
    prev = 0
    table = {}
    for sym, length in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= length - prev
        table[sym] = (code, length)
        code += 1
        prev = length
    return table


def huffman_encode(data):
    table = canonical(huffman_lengths(data))
    w = BitWriter()
    for b in data:
        w.write(*table[b])
    payload, pad = w.getvalue()
    header = struct.pack(">HB", len(table), pad) + b"".join(struct.pack("BB", s, l) for s, (_, l) in sorted(table.items()))
    return header + payload, table


def huffman_decode(blob):
    count, pad = struct.unpack_from(">HB", blob)
    lengths = dict(struct.iter_unpack("BB", blob[3:3 + 2 * count]))
    decode = {v: k for k, v in canonical(lengths).items()}
    out = bytearray()
    code = length = 0
    for bit in BitReader(blob[3 + 2 * count:], pad):
        code, length = (code << 1) | bit, length + 1
        if (code, length) in decode:
            out.append(decode[code, length])
            code = length = 0
    return bytes(out)


def rle_encode(data):
    return b"".join(bytes([len(list(g)), k]) for k, g in itertools.groupby(data))


def rle_decode(data):
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))


def lz77_encode(data, window=255, lookahead=15):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        start = max(0, i - window)
        for j in range(start, i):
            length = 0
            while length < lookahead and i + length < len(data) - 1 and data[j + length] == data[i + length]:
                length += 1
            if length > best_len:
                best_len, best_off = length, i - j
        nxt = data[i + best_len]
        out.append((best_off, best_len, nxt))
        i += best_len + 1
    return out


def lz77_decode(triples):
    out = bytearray()
    for off, length, nxt in triples:
        for _ in range(length):
            out.append(out[-off])
        out.append(nxt)
    return bytes(out)


def bwt(data):
    s = data + b"\x00"
    rotations = sorted(range(len(s)), key=lambda k: s[k:] + s[:k])
    return bytes(s[k - 1] for k in rotations), rotations.index(0)


def ibwt(last, idx):
    table = sorted((c, i) for i, c in enumerate(last))
    out = bytearray()
    row = idx
    for _ in range(len(last) - 1):
        c, row = table[row]
        out.append(c)
    return bytes(out)


def mtf(data):
    alphabet = list(range(256))
    out = []
    for b in data:
        i = alphabet.index(b)
        out.append(i)
        alphabet.insert(0, alphabet.pop(i))
    return out


def crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = crc32_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


print("input:", len(TEXT), "bytes,", len(set(TEXT)), "symbols")
blob, table = huffman_encode(TEXT)
print("huffman:", len(blob), "bytes; round trip:", huffman_decode(blob) == TEXT)
for sym, (code, length) in sorted(table.items(), key=lambda kv: (kv[1][1], kv[0]))[:8]:
    print(f"  {chr(sym)!r:>5} {length:2d} {code:0{length}b}")
bits = sum(table[b][1] for b in TEXT)
print(f"  average {bits / len(TEXT):.4f} bits/symbol, header {3 + 2 * len(table)} bytes")

rle_in = b"aaaabbbcccccccccccd" + bytes(20) + b"xyz"
enc = rle_encode(rle_in)
print("rle:", len(rle_in), "->", len(enc), enc[:12], rle_decode(enc) == rle_in)

triples = lz77_encode(TEXT[:160])
print("lz77:", len(triples), "triples for 160 bytes;", triples[:4], "...", triples[-2:])
print("  round trip:", lz77_decode(triples) == TEXT[:160], "longest match:", max(t[1] for t in triples))

last, idx = bwt(b"banana bandana")
print("bwt:", last, idx, "inverse:", ibwt(last, idx))
print("mtf:", mtf(last), "zeros:", mtf(bwt(TEXT)[0]).count(0))

print("crc32:", hex(crc32(TEXT)), hex(zlib.crc32(TEXT)), crc32(TEXT) == binascii.crc32(TEXT))
print("crc32 incremental:", crc32(TEXT[50:], crc32(TEXT[:50])) == zlib.crc32(TEXT), "adler32:", zlib.adler32(TEXT))
for level in (0, 1, 6, 9):
    z = zlib.compress(TEXT, level)
    print(f"zlib level {level}: {len(z)} bytes, header {z[:2].hex()}, round trip {zlib.decompress(z) == TEXT}")
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(TEXT) + co.flush()
print("raw deflate:", len(raw), zlib.decompress(raw, -15) == TEXT)
d = zlib.decompressobj()
z = zlib.compress(TEXT)
part = d.decompress(z[:40]) + d.decompress(z[40:])
print("streamed:", part == TEXT, d.eof, d.unused_data)
try:
    zlib.decompress(z[:-5])
except zlib.error as exc:
    print("zlib.error:", exc)

frame = struct.pack("<4sIHH", b"HUF1", crc32(blob), len(blob), len(TEXT)) + blob
magic, crc, n, orig = struct.unpack_from("<4sIHH", frame)
print("frame:", magic, crc == crc32(frame[12:]), n, orig, struct.calcsize("<4sIHH"), struct.calcsize("4sIHH"))
b64 = base64.b64encode(frame[:30])
print("base64:", b64.decode(), base64.b64decode(b64) == frame[:30])
print("urlsafe:", base64.urlsafe_b64encode(b"\xfb\xff\xfe"), "b32:", base64.b32encode(b"hi"), "b16:", base64.b16encode(b"\x01\xab"))
print("a85:", base64.a85encode(b"hello world"), "b85:", base64.b85encode(b"hello"))
print("hexlify:", binascii.hexlify(b"\x00\xffab", "-"), binascii.unhexlify("cafe"), bytes.fromhex("de ad"), b"xyz".hex(":", 1))
try:
    base64.b64decode("abc", validate=True)
except binascii.Error as exc:
    print("binascii.Error:", exc)
print(sorted(Counter(TEXT.split()).most_common(3)), TEXT.count(b"it was"), TEXT.find(b"epoch"), TEXT.title()[:30])
