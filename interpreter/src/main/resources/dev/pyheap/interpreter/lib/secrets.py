"""Random numbers for secrets (tokens, keys) from the operating system's source: token_bytes,
token_hex, token_urlsafe, randbelow, randbits, choice, compare_digest, SystemRandom."""

import base64

from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


DEFAULT_ENTROPY = 32  # bytes


def token_bytes(nbytes=None):
    """nbytes random bytes (32 by default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe Base64 without padding."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')


_BUFFERS = (bytes, bytearray, memoryview)


def compare_digest(a, b):
    """a == b for two str (ASCII only) or two bytes-like objects, in a time that does not
    depend on where they differ (hmac.compare_digest)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        a_buffer = isinstance(a, _BUFFERS)
        b_buffer = isinstance(b, _BUFFERS)
        if not a_buffer and not b_buffer:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x, is_buffer in ((a, a_buffer), (b, b_buffer)):
            if not is_buffer:
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a = bytes(a)
        b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        # still walk the bytes, against b itself
        a = b
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
