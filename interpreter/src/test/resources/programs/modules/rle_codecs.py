# Run-length encoding by hand and with itertools.groupby; base64/zlib/hashlib/binascii round-trips.
import base64, binascii, hashlib, zlib
from itertools import groupby

def rle(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))

def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaab"]:
    e = rle(s)
    print(repr(e), unrle(e) == s, len(s), len(e))
data = ("The quick brown fox jumps over the lazy dog. " * 20).encode()
z = zlib.compress(data, 9)
print(len(data), len(z), zlib.decompress(z) == data, zlib.crc32(data), zlib.adler32(data))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
print(len(raw), zlib.decompress(raw, -15) == data)
b64 = base64.b64encode(b"hello world!?")
print(b64, base64.b64decode(b64), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"))
print(base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.b64decode("YQ=="), base64.encodebytes(b"x" * 60))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xffA"), binascii.unhexlify("48656c6c6f"), binascii.crc32(b"hello"), binascii.b2a_hex(b"ab", "-"))
for name in ["md5", "sha1", "sha256", "sha512"]:
    h = hashlib.new(name, b"password")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
for chunk in [b"part1", b"part2"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"part1part2").hexdigest(), h.name, repr(h)[:20])
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
