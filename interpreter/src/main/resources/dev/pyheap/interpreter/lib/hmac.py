"""Keyed-hash message authentication (RFC 2104): HMAC, new, digest, compare_digest.

The inner and outer hashes are hashlib's objects: the key (hashed first when longer than the
hash's block) padded with zeros to one block, XORed with 0x36 for the inner hash and 0x5C for the
outer one, which digests the inner digest.
"""

import hashlib as _hashlib
from secrets import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size', 'trans_5C', 'trans_36']


def _hash_factory(digestmod):
    """A callable making a fresh hash object from bytes, for the three forms digestmod takes."""
    if not digestmod:
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC object: update(msg) adds bytes; digest()/hexdigest() give the code so far."""
    blocksize = 64  # kept for old code that reads it

    __slots__ = ('_digest_cons', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        factory = _hash_factory(digestmod)
        self._digest_cons = factory
        self._inner = factory()
        self._outer = factory()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', None)
        if block is None or block < 16:
            import warnings
            if block is None:
                warnings.warn('No block_size attribute on given digest object; Assuming %d.'
                              % self.blocksize, RuntimeWarning, 2)
            else:
                warnings.warn('block_size of %d seems too small; using our default of %d.'
                              % (block, self.blocksize), RuntimeWarning, 2)
            block = self.blocksize
        self.block_size = block
        key = bytes(key)
        if len(key) > block:
            key = factory(key).digest()
        key = key.ljust(block, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feeds msg to the inner hash."""
        self._inner.update(msg)

    def copy(self):
        """Another HMAC object in this one's state."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The code of the bytes given so far; the object stays usable."""
        return self._current().digest()

    def hexdigest(self):
        """digest() as hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """An HMAC object for key, fed msg, over the hash digestmod (a name, a constructor or a module)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest, in one call."""
    return HMAC(key, msg, digest).digest()
