# hashlib: the digests of md5, sha1, sha224, sha256, sha384, sha512 and sha3_256, update in pieces,
# copy, new() by name in any case, the objects' name and sizes, and CPython's errors for str data,
# non-bytes data, bad names; random seeded with a str goes through sha512 too.
import hashlib
import random

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256"]:
    h = getattr(hashlib, name)(b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.md5().hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
print(h.update(bytearray(b"world")), h.hexdigest())
print(c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(hashlib.sha256(bytearray(b"hello world")).digest() == h.digest(), len(h.digest()), type(h.digest()).__name__)
print(hashlib.new("SHA1", b"abc").hexdigest(), hashlib.new("md5").name)
print(hashlib.md5(string=b"a").hexdigest(), hashlib.md5(b"a", usedforsecurity=False).hexdigest())
print(type(h).__name__, type(h).__module__, repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"))
print(all(name in hashlib.algorithms_guaranteed for name in ["md5", "sha1", "sha256", "sha512"]))
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.md5(42), lambda: h.update("x"),
            lambda: hashlib.new("nosuch"), lambda: hashlib.new(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
random.seed("a string seed")
print(random.random())
random.seed(b"bytes seed")
print(random.randrange(1000))
