"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384, sha512 and sha3_*
(new(name, data), the constructors by name, hexdigest, copy).

The digests are the JDK's (the interpreter's _hashlib module, over java.security.MessageDigest), as
CPython's are OpenSSL's. A hash object keeps the bytes given to update() and digests them all when
asked, so update() costs no call into Java and copy() is a copy of those bytes.
pbkdf2_hmac is _hashlib's too (PBKDF2 over the JDK's HMAC).
Not here: blake2b/blake2s, shake_128/shake_256, scrypt, file_digest.
"""

import _hashlib

# name: (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac')


def _data_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError('object supporting the buffer API required') from None
    return view.tobytes()


class HASH:
    """A hash object: update(data) adds bytes; digest() and hexdigest() give the hash so far."""
    __pyheap_tp_name__ = '_hashlib.HASH'
    __slots__ = ('_name', '_data')

    def __init__(self, name, data=b''):
        self._name = name
        self._data = bytearray(_data_bytes(data))

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data):
        """Adds the bytes of data to what is hashed."""
        self._data += _data_bytes(data)

    def digest(self):
        """The digest of what was given so far, as bytes."""
        return _hashlib.digest(self._name, bytes(self._data))

    def hexdigest(self):
        """The digest as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Another hash object in this one's state."""
        other = HASH.__new__(HASH)
        other._name = self._name
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f'<{self._name} _hashlib.HASH object @ {hex(id(self))}>'


HASH.__module__ = '_hashlib'


def _openssl_new(name, data=b'', *, usedforsecurity=True):
    # _hashlib.new: the lookup by name is OpenSSL's, which ignores case
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower()
    if key not in _SIZES:
        raise _hashlib.UnsupportedDigestmodError('[digital envelope routines] unsupported')
    return HASH(key, data)


def __get_builtin_constructor(name):
    # the constructors of CPython's own _md5, _sha1... modules, tried when OpenSSL does not know a name;
    # OpenSSL's list holds all of those here
    raise ValueError('unsupported hash type ' + name)


def __hash_new(name, data=b'', **kwargs):
    """A hash object of the algorithm named name (any case), fed data."""
    try:
        return _openssl_new(name, data, **kwargs)
    except ValueError:
        return __get_builtin_constructor(name)(data)


new = __hash_new


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
del _constructor


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC as its pseudorandom
    function: dklen bytes (the digest size by default) from password and salt."""
    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    password = _buffer_argument(password)
    salt = _buffer_argument(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 0x7FFFFFFF:
        raise OverflowError('iteration value is too great.')
    key = hash_name.lower()
    if key not in _SIZES:
        raise _hashlib.UnsupportedDigestmodError('[digital envelope routines] unsupported')
    if dklen is None:
        dklen = _SIZES[key][0]
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > 0x7FFFFFFF:
        raise OverflowError('key length is too great.')
    return _hashlib.pbkdf2(key, password, salt, iterations, dklen)


def _buffer_argument(data):
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f'a bytes-like object is required, not {type(data).__name__!r}') from None


# _hashlib's function is C in CPython: its errors show __hash_new's frame and none below it
import _pyheap_c
_pyheap_c.stands_for_c(_openssl_new)
del _pyheap_c
