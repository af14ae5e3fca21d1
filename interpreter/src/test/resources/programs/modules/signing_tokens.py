# Message signing and encodings for an API client: hashlib (sha256/sha1/md5/sha3, update,
# copy, hexdigest), hmac with compare_digest, base64 flavours, binascii, uuid (name-based and
# parsed), and a signed-token scheme with its failure modes.
import base64, binascii, hashlib, hmac, json, uuid

SECRET = b"s3cr3t-key"
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "sha3_512", "sha224"):
    h = hashlib.new(name, b"hello world")
    print(f"{name:<9} {h.digest_size:>3} {h.block_size:>4} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for chunk in (b"hello", b" ", b"world"):
    h.update(chunk)
c = h.copy(); c.update(b"!")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest()[:16], h.name)
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:24], hashlib.md5(memoryview(b"view")).hexdigest())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)

def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def unb64url(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))

def sign(payload):
    body = b64url(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode())
    mac = hmac.new(SECRET, body.encode(), hashlib.sha256).digest()
    return f"{body}.{b64url(mac)}"

def verify(token):
    try:
        body, sig = token.split(".")
    except ValueError:
        raise ValueError("malformed token") from None
    want = hmac.new(SECRET, body.encode(), "sha256").digest()
    if not hmac.compare_digest(want, unb64url(sig)):
        raise ValueError("bad signature")
    return json.loads(unb64url(body))

tok = sign({"user": "alice", "exp": 1700000000, "roles": ["admin"]})
print(tok)
print(verify(tok))
for bad in (tok[:-2] + "AA", "nodot", tok.replace("alice", "mallory")):
    try:
        verify(bad)
    except (ValueError, binascii.Error, json.JSONDecodeError) as e:
        print(type(e).__name__, e)
m = hmac.new(b"k", digestmod="sha1"); m.update(b"msg")
print(m.hexdigest(), m.name, m.digest_size, hmac.digest(b"k", b"msg", "md5").hex())
try:
    hmac.new(b"k")
except TypeError as e:
    print("TypeError:", e)

data = bytes(range(250, 256)) + b"plain"
for f in (base64.b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode,
          base64.standard_b64encode):
    print(f.__name__, f(data))
print(base64.b64decode(b"aGVsbG8=\n", validate=False), base64.b32decode("NBSWY3DP"), base64.b16decode("4869", casefold=True))
try:
    base64.b64decode("aGVsbG8", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("a$GVsbG8=", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xffab", "-"), binascii.unhexlify("00ff"), binascii.crc32(b"abc"), binascii.crc_hqx(b"abc", 0))
print(binascii.b2a_base64(b"xyz", newline=False), binascii.a2b_qp(b"a=3Db"), bytes.fromhex("de ad be ef").hex(":", 2))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)

ns = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
print(ns, ns.version, ns.variant, uuid.uuid3(uuid.NAMESPACE_URL, "https://x").hex)
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, u.int, u.fields, u.urn, repr(u), u.bytes_le[:4])
print(uuid.UUID(bytes=bytes(16)), uuid.UUID(int=1), u < ns, uuid.uuid4().version)
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
