# A release manifest: sha256/md5/blake-free digests of files, an HMAC signature, base64/base32/hex encodings, binascii crc32/hexlify, uuid3/uuid5 ids, secrets.compare_digest
import base64
import binascii
import hashlib
import hmac
import json
import secrets
import uuid

FILES = {"bin/tool": b"\x7fELF" + bytes(range(60)), "lib/core.py": b"print('hi')\n" * 7, "LICENSE": b"MIT\n"}
KEY = b"release-signing-key"

manifest = []
for name, data in sorted(FILES.items()):
    h = hashlib.sha256()
    for i in range(0, len(data), 16):
        h.update(data[i:i + 16])
    manifest.append({"name": name, "size": len(data), "sha256": h.hexdigest(),
                     "md5": hashlib.md5(data).hexdigest(), "crc32": f"{binascii.crc32(data):08x}",
                     "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/" + name))})
body = json.dumps(manifest, indent=1, sort_keys=True).encode()
print(body.decode())
sig = hmac.new(KEY, body, hashlib.sha256)
print("hmac:", sig.name, sig.digest_size, sig.block_size, sig.hexdigest())
print("hmac.digest:", hmac.digest(KEY, body, "sha1").hex())
token = base64.urlsafe_b64encode(sig.digest()).rstrip(b"=")
print("token:", token.decode())
pad = b"=" * (-len(token) % 4)
print("verify:", secrets.compare_digest(base64.urlsafe_b64decode(token + pad), sig.digest()),
      hmac.compare_digest("abc", "abd"))
h2 = sig.copy()
h2.update(b"tamper")
print("tampered differs:", h2.hexdigest() != sig.hexdigest())
for enc in (base64.b16encode, base64.b32encode, base64.b64encode, base64.standard_b64encode, base64.b32hexencode):
    print(enc.__name__, enc(b"pyheap!"))
print(base64.b64decode("cHloZWFwIQ"+"=="), base64.b32decode("OB4WQZLBOAQQ===="), base64.b16decode("7079", casefold=True))
print(binascii.hexlify(b"\x01\xfe", "-"), binascii.unhexlify("cafe"), binascii.b2a_base64(b"ab", newline=False))
print(binascii.crc_hqx(b"hello", 0), binascii.a2b_hex(b"00ff"))
print(hashlib.sha1(b"abc").hexdigest(), hashlib.sha512(b"").hexdigest()[:32], hashlib.sha224(b"x").digest_size)
print(hashlib.new("sha384", b"abc").hexdigest()[:24], hashlib.sha3_256(b"abc").hexdigest()[:24])
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith(("blake", "shake"))))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, dklen=16).hex())
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.hex, u.int, u.version, u.variant, u.urn, u.bytes_le.hex(), uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.UUID(fields=u.fields) == u, u.fields, repr(uuid.NAMESPACE_OID))
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(12)), secrets.randbelow(1))
for bad in (lambda: base64.b64decode("abc"), lambda: binascii.unhexlify("abc"), lambda: uuid.UUID("xyz"),
            lambda: hashlib.new("nosuch"), lambda: hmac.new(b"k"), lambda: base64.b32decode("A")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
