# hmac over hashlib: RFC 2104 codes for several hashes named as strings, constructors and modules,
# keys longer than a block, incremental update, copy, digest(), compare_digest, and the errors.
import hashlib
import hmac

for digestmod in ["md5", "sha1", "sha256", "SHA512", hashlib.sha224]:
    h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())

long_key = bytes(range(200))
h = hmac.new(long_key, digestmod="sha384")
for chunk in [b"part one, ", b"part two, ", bytearray(b"part three")]:
    h.update(chunk)
snapshot = h.copy()
h.update(b"!")
print(snapshot.hexdigest())
print(h.hexdigest())
print(hmac.digest(b"k", b"message", "sha256") == hmac.new(b"k", b"message", "sha256").digest())
print(hmac.new(bytearray(b"k"), None, "md5").digest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
print(len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)

for args, kwargs in [(("key", b"m", "md5"), {}), ((b"key", b"m"), {}), ((b"key",), {"digestmod": "nope"}),
                     ((b"key", "text", "md5"), {})]:
    try:
        hmac.new(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    hmac.compare_digest("\u00e9", "e")
except TypeError as e:
    print("TypeError:", e)
