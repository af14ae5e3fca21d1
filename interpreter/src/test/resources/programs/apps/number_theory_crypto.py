# A whole application: a toy cryptography toolkit on big ints: a sieve, Miller-Rabin with fixed
# witnesses, extended Euclid and modular inverses (pow(x, -1, m)), RSA key generation from a seeded
# random.Random, encryption/signing of text packed with int.from_bytes/to_bytes, CRT decryption,
# Diffie-Hellman, a Caesar/Vigenere pair with frequency analysis, hashlib digests and hmac.
import hashlib
import hmac
import math
import random
import string
from collections import Counter
from functools import reduce


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


SMALL = sieve(2000)


def is_probable_prime(n, witnesses=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in SMALL[:50]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in witnesses:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def random_prime(rng, bits):
    while True:
        cand = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(cand):
            return cand


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


class RSAKey:
    def __init__(self, rng, bits=256, e=65537):
        while True:
            p, q = random_prime(rng, bits // 2), random_prime(rng, bits // 2)
            phi = (p - 1) * (q - 1)
            if p != q and math.gcd(e, phi) == 1:
                break
        self.p, self.q, self.n, self.e = p, q, p * q, e
        self.d = pow(e, -1, math.lcm(p - 1, q - 1))
        self.dp, self.dq, self.qinv = self.d % (p - 1), self.d % (q - 1), pow(q, -1, p)

    @property
    def size(self):
        return (self.n.bit_length() + 7) // 8

    def encrypt(self, m):
        if not 0 <= m < self.n:
            raise ValueError(f"message representative out of range ({m.bit_length()} bits)")
        return pow(m, self.e, self.n)

    def decrypt(self, c):
        m1, m2 = pow(c, self.dp, self.p), pow(c, self.dq, self.q)
        h = self.qinv * (m1 - m2) % self.p
        return m2 + h * self.q

    def sign(self, data):
        h = int.from_bytes(hashlib.sha256(data).digest(), "big") % self.n
        return self.decrypt(h)

    def verify(self, data, sig):
        return self.encrypt(sig) == int.from_bytes(hashlib.sha256(data).digest(), "big") % self.n


print("primes below 2000:", len(SMALL), SMALL[-5:], "twin pairs:", sum(1 for a, b in zip(SMALL, SMALL[1:]) if b - a == 2))
print("carmichael 561 prime?", is_probable_prime(561), "M61:", is_probable_prime(2 ** 61 - 1), "M67:", is_probable_prime(2 ** 67 - 1))
print("egcd(240, 46):", egcd(240, 46), "inverse of 17 mod 3120:", pow(17, -1, 3120), "gcd of many:", math.gcd(84, 126, 210))
try:
    pow(6, -1, 9)
except ValueError as exc:
    print("ValueError:", exc)

rng = random.Random(1977)
key = RSAKey(rng)
print("n bits:", key.n.bit_length(), "size:", key.size, "e:", key.e, "d*e mod lcm == 1:",
      key.d * key.e % math.lcm(key.p - 1, key.q - 1) == 1)
print("n =", hex(key.n)[:24] + "...", "p digits:", len(str(key.p)), "q mod 4:", key.q % 4)
msg = "Attack at dawn!".encode()
m = int.from_bytes(msg, "big")
c = key.encrypt(m)
back = key.decrypt(c)
print("m:", m, "c bits:", c.bit_length(), "decrypted:", back.to_bytes((back.bit_length() + 7) // 8, "big"))
print("crt agrees with plain pow:", back == pow(c, key.d, key.n))
sig = key.sign(msg)
print("signature ok:", key.verify(msg, sig), "tampered:", key.verify(msg + b"?", sig), "sig bytes:", len(sig.to_bytes(key.size, "big")))
try:
    key.encrypt(int.from_bytes(b"x" * 40, "big"))
except ValueError as exc:
    print("ValueError:", exc)
try:
    (2 ** 300).to_bytes(8, "big")
except OverflowError as exc:
    print("OverflowError:", exc)
print((-1234).to_bytes(4, "little", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True), (255).to_bytes(2, "big"))

p = 2 ** 127 - 1
g = 3
a, b = rng.randrange(2, p - 1), rng.randrange(2, p - 1)
A, B = pow(g, a, p), pow(g, b, p)
print("diffie-hellman agree:", pow(B, a, p) == pow(A, b, p), "shared digest:", hashlib.sha256(str(pow(B, a, p)).encode()).hexdigest()[:16])


def crt(residues, moduli):
    N = reduce(lambda x, y: x * y, moduli)
    return sum(r * (N // m) * pow(N // m, -1, m) for r, m in zip(residues, moduli)) % N


print("crt:", crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
print("factorials:", math.factorial(30), math.comb(60, 30), math.perm(10, 3), "digits of 1000!:", len(str(math.factorial(1000))))
print("isqrt:", math.isqrt(10 ** 40 + 12345), "bit tricks:", (2 ** 100 - 1).bit_count(), (-37).bit_length(), 10 ** 20 // 7, -(10 ** 20) // 7, divmod(-17, 5))
print("totient(36):", sum(1 for k in range(1, 37) if math.gcd(k, 36) == 1), "perfect:", [n for n in range(2, 500) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])


def caesar(text, k):
    table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                          string.ascii_lowercase[k:] + string.ascii_lowercase[:k] + string.ascii_uppercase[k:] + string.ascii_uppercase[:k])
    return text.translate(table)


def vigenere(text, key, sign=1):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            shift = ord(key[i % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


plain = ("The quick brown fox jumps over the lazy dog while the eager beaver gets the best of the trees "
         "near the river bank, and everyone agrees the evening was excellent.")
secret = caesar(plain, 11)
print("caesar:", secret[:40])
counts = Counter(ch for ch in secret.lower() if ch.isalpha())
guess = (ord(counts.most_common(1)[0][0]) - ord("e")) % 26
print("most common:", counts.most_common(3), "guessed key:", guess, "cracked:", caesar(secret, -guess % 26)[:30])
v = vigenere(plain, "lemon")
print("vigenere:", v[:40], "round trip:", vigenere(v, "lemon", -1) == plain)
print("sha256:", hashlib.sha256(plain.encode()).hexdigest()[:32], "md5:", hashlib.md5(b"abc").hexdigest())
print("sha1:", hashlib.sha1(b"").hexdigest(), "blake2b:", hashlib.blake2b(b"abc", digest_size=8).hexdigest())
h = hashlib.sha256()
for chunk in (plain[i:i + 17].encode() for i in range(0, len(plain), 17)):
    h.update(chunk)
print("chunked equals:", h.hexdigest() == hashlib.sha256(plain.encode()).hexdigest(), h.name, h.digest_size, h.block_size)
mac = hmac.new(b"secret-key", msg, "sha256")
print("hmac:", mac.hexdigest()[:32], hmac.compare_digest(mac.digest(), hmac.new(b"secret-key", msg, hashlib.sha256).digest()))
print("pbkdf2:", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())
print("sha3:", hashlib.sha3_256(b"abc").hexdigest()[:24], "shake:", hashlib.shake_128(b"abc").hexdigest(10))
