# hashlib's algorithms beyond OpenSSL's fixed digests: blake2b/blake2s with digest_size, key,
# salt and person (keyed MACs of chosen lengths), shake_128/shake_256 with their variable-length
# digests, scrypt key derivation, and the names algorithms_guaranteed lists.
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
for name in ("blake2b", "blake2s"):
    h = hashlib.new(name, b"hello world")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
print(hashlib.blake2b(b"data", digest_size=16, key=b"k", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2s(b"", digest_size=8).hexdigest(), hashlib.blake2b(key=b"secret").hexdigest()[:20])
m = hashlib.blake2b(digest_size=20)
m.update(b"part one, ")
c = m.copy()
m.update(b"part two")
print(m.hexdigest(), c.hexdigest())
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"abc").hexdigest(40))
print(len(hashlib.shake_128(b"x").digest(100)), hashlib.shake_128().name, hashlib.shake_256().digest_size)
print(hashlib.scrypt(b"pw", salt=b"salt", n=16, r=1, p=1, dklen=16).hex())
for bad in (lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33),
            lambda: hashlib.blake2b(salt=b"s" * 17), lambda: hashlib.scrypt(b"pw", salt=b"s", n=3, r=1, p=1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
