# Deterministic identifiers and checksums for a file-sync tool: hashlib digests of chunks in
# a streaming loop over BytesIO, file_digest-free manual hashing, pbkdf2_hmac key derivation,
# blake2b keyed MACs with digest sizes, hmac verification, uuid5 names, base64/base32/hex
# encodings of the results, and zlib/binascii CRCs, with the errors of wrong inputs.
import base64, binascii, hashlib, hmac, io, uuid, zlib

content = b"".join(f"line {i}: {'x' * (i % 17)}\n".encode() for i in range(500))
stream = io.BytesIO(content)
sha, md5, crc = hashlib.sha256(), hashlib.md5(), 0
while chunk := stream.read(1024):
    sha.update(chunk); md5.update(memoryview(chunk)); crc = zlib.crc32(chunk, crc)
print(len(content), sha.hexdigest(), md5.hexdigest(), f"{crc:08x}", crc == zlib.crc32(content), binascii.crc32(content) == crc)
print(hashlib.sha1(bytearray(content)).hexdigest(), hashlib.sha512(content[:100]).hexdigest()[:40], hashlib.sha384(b"").hexdigest()[:20])
print(hashlib.sha3_512(content).hexdigest()[:32], hashlib.sha224(content).digest()[:6], hashlib.new("SHA256", content).name)
key = hashlib.pbkdf2_hmac("sha256", b"correct horse battery staple", b"salt-1234", 2000)
print(key.hex(), len(key), hashlib.pbkdf2_hmac("sha1", b"pw", b"NaCl", 3, dklen=50).hex())
print(hashlib.pbkdf2_hmac("sha512", "pässwörd".encode(), bytes(16), 10, 24).hex())
mac = hmac.new(key, content, hashlib.sha256)
sig = base64.b32encode(mac.digest()).decode().rstrip("=")
print(sig, hmac.compare_digest(mac.hexdigest(), hmac.new(key, content, "sha256").hexdigest()), mac.block_size)
print(hmac.new(b"", b"", "md5").hexdigest(), hmac.new(b"k" * 200, b"data", "sha512").hexdigest()[:32])
m2 = mac.copy(); m2.update(b"more")
print(m2.hexdigest() != mac.hexdigest(), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("same", "same"))
for n in ("a.txt", "dir/b.txt", "ünïcode.txt"):
    print(n, uuid.uuid5(uuid.NAMESPACE_URL, "sync://" + n), uuid.uuid3(uuid.NAMESPACE_OID, n).hex[:12])
d = hashlib.sha256(b"abc").digest()
print(base64.b64encode(d).decode(), base64.urlsafe_b64encode(d).decode(), base64.b16encode(d[:4]), binascii.b2a_hex(d[:4], b":"), d[:4].hex("-"))
for bad in (lambda: hashlib.sha256("str"), lambda: hashlib.new("whirlpool9"), lambda: hmac.new("k", b"m", "sha1"),
            lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0), lambda: hmac.compare_digest("a", b"a"),
            lambda: base64.b32decode("!!!!"), lambda: hashlib.md5().update(5)):
    try:
        bad()
    except (TypeError, ValueError, binascii.Error) as e:
        print(type(e).__name__, e)
