"""SHA-512 (FIPS 180-4) in Python: sha512(data).digest(). random.seed uses it to turn a str or
bytes seed into an int, as CPython does."""

_MASK = (1 << 64) - 1


def _first_primes(count):
    primes = []
    candidate = 2
    while len(primes) < count:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes


def _icbrt(n):
    """The integer cube root of n (the largest x with x**3 <= n)."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _isqrt(n):
    """The integer square root of n."""
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


# The constants of the standard: the first 64 bits of the fractional parts of the square roots
# of the first 8 primes (initial hash) and of the cube roots of the first 80 primes (round keys).
_PRIMES = _first_primes(80)
_H0 = tuple(_isqrt(p << 128) & _MASK for p in _PRIMES[:8])
_K = tuple(_icbrt(p << 192) & _MASK for p in _PRIMES)
del _PRIMES


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def _compress(state, block):
    w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
    for t in range(16, 80):
        w15 = w[t - 15]
        w2 = w[t - 2]
        s0 = _rotr(w15, 1) ^ _rotr(w15, 8) ^ (w15 >> 7)
        s1 = _rotr(w2, 19) ^ _rotr(w2, 61) ^ (w2 >> 6)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
    a, b, c, d, e, f, g, h = state
    for t in range(80):
        t1 = (h + (_rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)) + ((e & f) ^ (~e & g)) + _K[t] + w[t]) & _MASK
        t2 = ((_rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))) & _MASK
        h = g
        g = f
        f = e
        e = (d + t1) & _MASK
        d = c
        c = b
        b = a
        a = (t1 + t2) & _MASK
    return [(x + y) & _MASK for x, y in zip(state, (a, b, c, d, e, f, g, h))]


class sha512:
    """A SHA-512 hash: update(data) adds bytes; digest() / hexdigest() give the hash so far."""
    name = 'sha512'
    digest_size = 64
    block_size = 128

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._state = list(_H0)
        self._pending = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        """Adds the bytes of data (bytes, bytearray or memoryview; not str)."""
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = self._pending + bytes(data)
        self._length += len(data) - len(self._pending)
        full = len(data) - len(data) % 128
        for i in range(0, full, 128):
            self._state = _compress(self._state, data[i:i + 128])
        self._pending = data[full:]

    def copy(self):
        """An independent hash object in the same state."""
        other = sha512()
        other._state = list(self._state)
        other._pending = self._pending
        other._length = self._length
        return other

    def digest(self):
        """The 64-byte hash of the data so far."""
        bit_length = self._length * 8
        tail = self._pending + b'\x80' + b'\x00' * ((111 - len(self._pending)) % 128) + bit_length.to_bytes(16, 'big')
        state = self._state
        for i in range(0, len(tail), 128):
            state = _compress(state, tail[i:i + 128])
        return b''.join(x.to_bytes(8, 'big') for x in state)

    def hexdigest(self):
        """The hash as 128 hexadecimal digits."""
        return self.digest().hex()
