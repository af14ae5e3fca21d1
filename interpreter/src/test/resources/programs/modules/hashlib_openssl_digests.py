# hashlib's digests beyond the guaranteed ones, all OpenSSL's: sha512_224/sha512_256, ripemd160,
# sm3 and md5-sha1 through new() (names in any case), SHAKE outputs of several lengths, BLAKE2's
# tree parameters (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node), copy
# and update of each kind, pbkdf2_hmac over several digests, scrypt's parameter errors and
# file_digest.
import hashlib, io

for name in ("sha512_224", "SHA512_256", "ripemd160", "sm3", "md5-sha1", "sha3_384"):
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:24])
for make in (hashlib.shake_128, hashlib.shake_256):
    x = make(b"The quick brown fox")
    print(x.name, x.block_size, [x.hexdigest(n)[-6:] for n in (1, 16, 32, 200)], x.digest(0))
    y = x.copy()
    y.update(b"!")
    print(x.hexdigest(8), y.hexdigest(8), type(x).__name__)
tree = dict(fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32)
print(hashlib.blake2b(b"leaf", **tree).hexdigest()[:32], hashlib.blake2b(b"leaf", last_node=True, **tree).hexdigest()[:32])
print(hashlib.blake2s(b"leaf", fanout=0, depth=255, node_offset=2**48 - 1, inner_size=16).hexdigest())
print(hashlib.blake2b(b"x" * 1000, key=b"k" * 64, salt=b"s" * 16, person=b"p" * 16, digest_size=64).hexdigest()[:40])
print(hashlib.blake2s(b"abc" * 100, key=b"k" * 32, digest_size=32).hexdigest())
for size in (1, 20, 32):
    b = hashlib.blake2s(digest_size=size)
    b.update(b"chunk one ")
    c = b.copy()
    b.update(b"chunk two")
    print(size, b.hexdigest(), c.hexdigest(), b.name, b.block_size)
for name in ("sha1", "sha512", "sha3_256", "blake2b", "ripemd160"):
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 2, 24).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex()[:48])
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex()[:48])
for kw in (dict(n=1, r=1, p=1), dict(n=6, r=1, p=1), dict(n=2, r=1, p=1, dklen=0),
           dict(n=2, r=1, p=1, maxmem=-1), dict(n=1024, r=8, p=1, maxmem=1000), dict(n=2, r=0, p=1),
           dict(r=1, p=1), dict(n=2.0, r=1, p=1)):
    try:
        hashlib.scrypt(b"pw", salt=b"s", **kw)
    except (ValueError, TypeError) as e:
        print(sorted(kw), type(e).__name__, e)
print(hashlib.file_digest(io.BytesIO(b"file body" * 1000), "sha256").hexdigest()[:20])
print(hashlib.file_digest(io.BytesIO(b"file body"), hashlib.blake2b).hexdigest()[:20])
print("sm3" in hashlib.algorithms_available, "whirlpool" in hashlib.algorithms_available,
      hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for bad in (lambda: hashlib.new("whirlpool"), lambda: hashlib.shake_256(b"x").hexdigest(),
            lambda: hashlib.sha1(b"x").hexdigest(3), lambda: hashlib.blake2s(salt=b"123456789"),
            lambda: hashlib.blake2b(fanout=256), lambda: hashlib.blake2b(depth=0), lambda: hashlib.blake2b(node_depth=-1),
            lambda: hashlib.blake2b(leaf_size=2**32), lambda: hashlib.blake2b(key=b"k" * 65), lambda: hashlib.md5().update("s")):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
