# Integrity checks of a download tool: hashlib digests (md5, sha1, sha2, sha3, blake2 with key and
# digest_size, shake lengths), update in chunks against one call, copy, names and sizes; hmac with
# compare_digest; base64 variants (urlsafe, b32, b16, a85, b85, altchars, validate, padding
# errors); binascii hexlify with separators and crc32/crc_hqx; zlib compress/decompress levels,
# streaming compressobj, crc32/adler32, wbits for gzip and raw deflate, and errors.
import base64
import binascii
import hashlib
import hmac
import zlib

data = b"The quick brown fox jumps over the lazy dog" * 3
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(f"{name:<9}{h.digest_size:>3}{h.block_size:>4} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for i in range(0, len(data), 10):
    h.update(data[i:i + 10])
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.name, h.copy().hexdigest() == h.hexdigest())
print(hashlib.shake_128(data).hexdigest(8), hashlib.shake_256(b"").hexdigest(16), hashlib.blake2b(data, digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(usedforsecurity=False).hexdigest(), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, 16).hex())
print(sorted(a for a in hashlib.algorithms_guaranteed))
try:
    hashlib.new("nosuch")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
mac = hmac.new(b"secret", b"message", hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size, hmac.digest(b"secret", b"message", "sha1").hex())
mac2 = mac.copy()
mac2.update(b"!")
print(hmac.compare_digest(mac.hexdigest(), hmac.new(b"secret", b"message", "sha256").hexdigest()), hmac.compare_digest(b"a", b"b"), mac2.hexdigest()[:16])
try:
    hmac.new(b"k")
except TypeError as e:
    print("TypeError:", e)
raw = bytes(range(250, 256)) + b"hello?>"
print(base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.b64encode(raw, altchars=b"-_"), base64.b32encode(b"hello"), base64.b16encode(b"\x01\xab"))
print(base64.a85encode(b"hello world"), base64.b85encode(b"hello world"), base64.a85encode(b"\0\0\0\0 x", adobe=True), base64.b32hexencode(b"hi"))
print(base64.b64decode(b"aGVsbG8="), base64.b64decode("aGV sbG8=\n"), base64.urlsafe_b64decode("-_8="), base64.b32decode("nbswy3dp", casefold=True), base64.b16decode("01ab", casefold=True))
for bad in [lambda: base64.b64decode("aGVsbG8"), lambda: base64.b64decode("aGV$bG8=", validate=True), lambda: base64.b32decode("abc"),
            lambda: base64.b16decode("0g"), lambda: base64.a85decode(b"~x"), lambda: base64.b64encode("str")]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\x02\xff", "-"), binascii.hexlify(b"abcdef", b":", 2), bytes.fromhex("de ad be ef").hex(" ", -2), binascii.unhexlify("cafe"))
print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.b2a_base64(b"x", newline=False), binascii.a2b_qp(b"a=3Db"), binascii.b2a_qp(b"a=b\xff"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
for level in (0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.decompress(c) == data, c[:2].hex())
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw_deflate = co.compress(data) + co.flush()
print(len(raw_deflate), zlib.decompress(raw_deflate, -15) == data)
gz = zlib.compressobj(wbits=31)
g = gz.compress(b"gzip me") + gz.flush()
print(g[:3].hex(), zlib.decompress(g, 47))
do = zlib.decompressobj()
c = zlib.compress(data)
out = do.decompress(c[:20]) + do.decompress(c[20:] + b"TRAILER")
print(out == data, do.unused_data, do.eof, zlib.crc32(data), zlib.adler32(data), zlib.crc32(b"b", zlib.crc32(b"a")) == zlib.crc32(b"ab"))
for bad in [lambda: zlib.decompress(b"not zlib"), lambda: zlib.decompress(c[:10]), lambda: zlib.compress(b"x", 10)]:
    try:
        bad()
    except zlib.error as e:
        print("zlib.error:", e)
print(zlib.ZLIB_VERSION[:2], zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
