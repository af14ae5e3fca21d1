# Integrity tools: hashlib digests and file-like updates, hmac with compare_digest, base64 variants, binascii helpers, uuid3/uuid5 and parsing, secrets' deterministic parts.
import base64
import binascii
import hashlib
import hmac
import secrets
import uuid

blob = b"The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha224", "sha256", "sha512", "sha3_256", "blake2s"):
    h = hashlib.new(name, blob)
    print(f"{name:<9} {h.digest_size:>2} {h.block_size:>3} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for i in range(0, len(blob), 7):
    h.update(blob[i:i + 7])
print(h.hexdigest() == hashlib.sha256(blob).hexdigest(), h.name)
c = h.copy(); c.update(b"!")
print(c.hexdigest()[:16], h.hexdigest()[:16])
print(hashlib.blake2b(b"x", digest_size=8, key=b"k", person=b"p").hexdigest())
print(hashlib.shake_128(blob).hexdigest(10))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, dklen=16).hex())
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)

key = b"secret-key"
mac = hmac.new(key, b"payload", hashlib.sha256)
sig = mac.hexdigest()
print(sig, mac.name, mac.digest_size)
print(hmac.compare_digest(sig, hmac.new(key, b"payload", "sha256").hexdigest()))
print(hmac.compare_digest(b"a", b"b"), hmac.digest(key, b"m", "md5").hex())
try:
    hmac.new(key)
except TypeError as e:
    print("TypeError:", e)

for enc, dec in ((base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)):
    e = enc(b"\xfb\xff hi?")
    print(enc.__name__, e, dec(e) == b"\xfb\xff hi?")
print(base64.b64decode("aGk", validate=False) if False else base64.b64decode("aGk="))
for bad in ("aGk", "a!Gk="):
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error:", e)
print(base64.encodebytes(b"x" * 60))
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"), binascii.crc32(blob), binascii.crc_hqx(blob, 0))
print(binascii.b2a_base64(b"abc", newline=False), binascii.a2b_qp(b"a=3Db"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)

ns = uuid.NAMESPACE_DNS
u3, u5 = uuid.uuid3(ns, "example.org"), uuid.uuid5(ns, "example.org")
print(u3, u3.version, u5, u5.version, u5.variant)
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u.hex, u.int, u.urn, u.fields, u.bytes_le.hex())
print(uuid.UUID(bytes=bytes(range(16))), uuid.UUID(int=1) < uuid.UUID(int=2))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(9)))
print(secrets.compare_digest("abc", "abc"), 0 <= secrets.randbelow(10) < 10, secrets.choice("aaa"))
print(type(secrets.SystemRandom()).__mro__[1].__name__)
