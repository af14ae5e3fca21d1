"""A Python reference for the Java _random module: CPython's Mersenne Twister (MT19937), with
CPython's seeding, state and getrandbits, so that our random module can be checked over it and
the Java port has something exact to follow.

The generator: 624 words of 32 bits and an index; when the index reaches 624 all words are
regenerated at once (the "twist"); each output word is tempered. random() takes two words, a>>5
(27 bits) and b>>6 (26 bits): (a * 2**26 + b) / 2**53. getrandbits(k) fills 32-bit words from the
least significant end, the last word keeping its top k % 32 bits. seed(n): the key is |n| (an
int) or the hash of n cast to an unsigned 64-bit value (anything else), as 32-bit words from the
least significant, at least one word; init_by_array over it. seed(None) keys from 624 words of OS
entropy.
"""
import os

N = 624
M = 397
MATRIX_A = 0x9908b0df
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7fffffff
MASK32 = 0xffffffff


class Random:
    """Random() -> create a random number generator with its own internal state."""

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._mt = [0] * N
        self._index = N + 1
        return self

    def __init__(self, *args, **kwargs):
        if type(self).__init__ is Random.__init__ and kwargs:
            raise TypeError('Random() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError('Random() requires 0 or 1 argument')
        self.seed(args[0] if args else None)

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s
        for i in range(1, N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & MASK32
        self._index = N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        for _ in range(max(N, len(key))):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & MASK32
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= len(key):
                j = 0
        for _ in range(N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & MASK32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
        mt[0] = 0x80000000

    def _genrand_uint32(self):
        mt = self._mt
        if self._index >= N:
            for kk in range(N):
                y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK)
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ (MATRIX_A if y & 1 else 0)
            self._index = 0
        y = mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y & MASK32

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def seed(self, n=None):
        """seed([n]) -> None."""
        if n is None:
            data = os.urandom(4 * N)
            self._init_by_array([int.from_bytes(data[i:i + 4], 'little') for i in range(0, 4 * N, 4)])
            return None
        if isinstance(n, int):
            value = int.__abs__(n)
        else:
            value = hash(n) & 0xffffffffffffffff
        key = []
        while value:
            key.append(value & MASK32)
            value >>= 32
        self._init_by_array(key or [0])
        return None

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return tuple(self._mt) + (self._index,)

    def setstate(self, state):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != N + 1:
            raise ValueError('state vector is the wrong size')
        words = []
        for item in state[:N]:
            if not isinstance(item, int):
                raise TypeError(f"'{type(item).__name__}' object cannot be interpreted as an integer")
            if item < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if item > 0xffffffffffffffff:
                raise OverflowError('Python int too large to convert to C unsigned long')
            words.append(item & MASK32)
        index = state[N]
        if not isinstance(index, int):
            raise TypeError(f"'{type(index).__name__}' object cannot be interpreted as an integer")
        if index < 0 or index > N:
            raise ValueError('invalid state')
        self._index = index
        self._mt = words

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if not isinstance(k, int):
            raise TypeError(f"'{type(k).__name__}' object cannot be interpreted as an integer")
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result
