"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384, sha512, sha3_*,
shake_128/shake_256 (digests of any length), blake2b/blake2s, the other digests OpenSSL provides
(sha512_256, ripemd160, sm3... through new()), pbkdf2_hmac and scrypt, file_digest.

The digests are OpenSSL's (the interpreter's _hashlib module calls libcrypto, as CPython's does);
blake2b and blake2s are _blake2's (CPython's own BLAKE2, which takes keys, salts and tree
parameters OpenSSL's does not). A hash object keeps the bytes given to update() and digests them
all when asked, so update() costs no call into native code and copy() is a copy of those bytes.
algorithms_available is what OpenSSL's default provider fetches of the names it may know.
"""

import _hashlib
from _blake2 import blake2b, blake2s
# the buffer arguments as the C functions take them, which _blake2 and _hashlib share
from _blake2 import _data_bytes, _buffer as _buffer_argument

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'))

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

# name: (hashlib's name, digest_size, block_size, xof), as OpenSSL describes the algorithm
_INFO = {}


def _md_info(name):
    """OpenSSL's description of the algorithm name (any case), or UnsupportedDigestmodError."""
    key = name.lower()
    info = _INFO.get(key)
    if info is None:
        try:
            info = _hashlib.md_info(key)
        except ValueError as e:
            raise _hashlib.UnsupportedDigestmodError(str(e)) from None
        _INFO[key] = info
    return info


def _openssl_names():
    # the names of OpenSSL's default provider that hashlib spells (EVP_MD_do_all_provided's list)
    names = set()
    for name in ('md4', 'md5', 'md5-sha1', 'mdc2', 'ripemd160', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                 'sha512_224', 'sha512_256', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128',
                 'shake_256', 'sm3', 'whirlpool', 'blake2b', 'blake2s'):
        try:
            names.add(_md_info(name)[0])
        except ValueError:
            pass
    return names


algorithms_available = frozenset(algorithms_guaranteed | _openssl_names())


class HASH:
    """A hash object: update(data) adds bytes; digest() and hexdigest() give the hash so far."""
    __pyheap_tp_name__ = '_hashlib.HASH'
    __slots__ = ('_info', '_data')

    def __init__(self, info, data=b''):
        self._info = info
        self._data = bytearray(_data_bytes(data))

    @property
    def name(self):
        return self._info[0]

    @property
    def digest_size(self):
        return self._info[1]

    @property
    def block_size(self):
        return self._info[2]

    def update(self, data):
        """Adds the bytes of data to what is hashed."""
        self._data += _data_bytes(data)

    def digest(self, *args):
        """The digest of what was given so far, as bytes."""
        if args:
            raise TypeError(f'HASH.digest() takes no arguments ({len(args)} given)')
        return _hashlib.digest(self._info[0], bytes(self._data), 0)

    def hexdigest(self, *args):
        """The digest as a string of hexadecimal digits."""
        if args:
            raise TypeError(f'HASH.hexdigest() takes no arguments ({len(args)} given)')
        return self.digest().hex()

    def copy(self):
        """Another hash object in this one's state."""
        other = type(self).__new__(type(self))
        other._info = self._info
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f'<{self.name} _hashlib.{type(self).__name__} object @ {hex(id(self))}>'


_NO_LENGTH = object()


class HASHXOF(HASH):
    """A hash object of an extendable-output function (SHAKE): digest(length) and hexdigest(length)
    give as many bytes as asked."""
    __pyheap_tp_name__ = '_hashlib.HASHXOF'
    __slots__ = ()

    @property
    def digest_size(self):
        # OpenSSL's SHAKE sizes are its default output lengths; an XOF object has none
        return 0

    def digest(self, length=_NO_LENGTH):
        """The first length bytes of the output for what was given so far."""
        length = _xof_length(length, 'digest')
        return _hashlib.digest(self._info[0], bytes(self._data), length)

    def hexdigest(self, length=_NO_LENGTH):
        """The first length bytes of the output as a string of hexadecimal digits."""
        length = _xof_length(length, 'hexdigest')
        return _hashlib.digest(self._info[0], bytes(self._data), length).hex()


def _xof_length(length, method):
    import operator
    if length is _NO_LENGTH:
        raise TypeError(f"{method}() missing required argument 'length' (pos 1)")
    length = operator.index(length)
    if length > 0x7FFFFFFFFFFFFFFF:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if length < 0:
        raise MemoryError()
    return length


HASH.__module__ = HASHXOF.__module__ = '_hashlib'


def _hash_object(info, data):
    return (HASHXOF if info[3] else HASH)(info, data)


_MISSING = object()


def _openssl_new(name, data=_MISSING, *, usedforsecurity=True, string=_MISSING, **kwargs):
    # _hashlib.new: the lookup by name is OpenSSL's, which ignores case
    if kwargs:
        raise TypeError(f'{next(iter(kwargs))!r} is an invalid keyword argument for new()')
    if data is not _MISSING and string is not _MISSING:
        raise TypeError("argument for new() given by name ('string') and position (2)")
    if data is _MISSING:
        data = b'' if string is _MISSING else string
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    return _hash_object(_md_info(name), data)


# blake2b and blake2s are never OpenSSL's: _blake2's take keys, salts and tree parameters
_BUILTIN = {'blake2b': blake2b, 'blake2s': blake2s, 'BLAKE2b': blake2b, 'BLAKE2s': blake2s}


def __get_builtin_constructor(name):
    # the constructors of CPython's own _md5, _sha1... modules, tried when OpenSSL does not know a
    # name; OpenSSL knows all of those but BLAKE2 here
    constructor = _BUILTIN.get(name)
    if constructor is None:
        raise ValueError('unsupported hash type ' + name)
    return constructor


def __hash_new(name, data=b'', **kwargs):
    """A hash object of the algorithm named name (any case), fed data."""
    if name in _BUILTIN:
        return __get_builtin_constructor(name)(data, **kwargs)
    try:
        return _openssl_new(name, data, **kwargs)
    except ValueError:
        return __get_builtin_constructor(name)(data)


new = __hash_new


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return _hash_object(_md_info(name), string)
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
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')
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
    info = _md_info(hash_name)
    if dklen is None:
        dklen = info[1]
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > 0x7FFFFFFF:
        raise OverflowError('key length is too great.')
    return _hashlib.pbkdf2(info[0], password, salt, iterations, dklen)


_INT_MAX = 0x7FFFFFFF


def scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64):
    """scrypt password-based key derivation (RFC 7914): dklen bytes from password and salt, with
    the CPU/memory cost n (a power of 2), the block size r and the parallelization p."""
    password = _buffer_argument(password)
    if salt is None:
        raise TypeError('salt is required')
    salt = _buffer_argument(salt)
    costs = []
    for label, value in (('n', n), ('r', r), ('p', p)):
        if value is not None and not isinstance(value, int):
            raise TypeError(f"scrypt() argument '{label}' must be int, not {type(value).__name__}")
        if value is None or not 0 <= value <= 0xFFFFFFFFFFFFFFFF:
            raise TypeError(f'{label} is required and must be an unsigned int')
        costs.append(value)
    import operator
    maxmem = operator.index(maxmem)
    dklen = operator.index(dklen)
    if len(password) > _INT_MAX:
        raise OverflowError('password is too long.')
    if len(salt) > _INT_MAX:
        raise OverflowError('salt is too long.')
    if n < 2 or n & (n - 1):
        raise ValueError('n must be a power of 2.')
    if not 0 <= maxmem <= _INT_MAX:
        raise ValueError(f'maxmem must be positive and smaller than {_INT_MAX}')
    if not 1 <= dklen <= _INT_MAX:
        raise ValueError(f'dklen must be greater than 0 and smaller than {_INT_MAX}')
    return _hashlib.scrypt(password, salt, n, r, p, maxmem, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object (digest: a name or a constructor) fed everything read from the binary
    file object fileobj."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj


# _hashlib is C in CPython: its errors show the caller's frame (or __hash_new's) and none below it
import _pyheap_c
_pyheap_c.stands_for_c(globals(), exclude=('__get_builtin_constructor', '__hash_new', 'new', 'file_digest'), module='_hashlib')
del _pyheap_c
