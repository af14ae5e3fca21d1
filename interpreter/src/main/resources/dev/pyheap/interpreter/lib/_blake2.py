"""The BLAKE2 hash functions (RFC 7693): blake2b (64-bit words, digests of 1 to 64 bytes) and
blake2s (32-bit words, 1 to 32 bytes), with a key (a MAC), a salt, a personalization string and
the tree-hashing parameters (fanout, depth, leaf_size, node_offset, node_depth, inner_size,
last_node), checked with CPython's messages and in its order. The hashing itself is
_pyheap_blake2's; a hash object keeps the bytes given to update() and hashes them all when asked.
"""

import _pyheap_blake2
from operator import index as _index

__all__ = ['blake2b', 'blake2s']

_U64 = 0xFFFFFFFFFFFFFFFF


def _data_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError('object supporting the buffer API required') from None


def _buffer(value):
    if isinstance(value, bytes):
        return value
    try:
        return memoryview(value).tobytes()
    except TypeError:
        raise TypeError(f'a bytes-like object is required, not {type(value).__name__!r}') from None


def _unsigned(value, c_type):
    # the unsigned long (long long) converters of the argument parser
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if value < 0:
        raise ValueError('value must be positive')
    if value > _U64:
        raise OverflowError('int too big to convert' if c_type == 'long long'
                            else 'Python int too large to convert to C unsigned long')
    return value


class _Blake2:
    __slots__ = ('_params', '_data', '_digest_size')

    def __new__(cls, *args, digest_size=None, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,
                node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True, **kwargs):
        name = cls._NAME
        if kwargs:
            raise TypeError(f'{next(iter(kwargs))!r} is an invalid keyword argument for {name}()')
        if len(args) > 1:
            raise TypeError(f'{name}() takes at most 1 positional argument ({len(args)} given)')
        data = args[0] if args else None
        size = cls.MAX_DIGEST_SIZE if digest_size is None else _index(digest_size)
        key, salt, person = _buffer(key), _buffer(salt), _buffer(person)
        fanout, depth = _index(fanout), _index(depth)
        leaf_size = _unsigned(leaf_size, 'long')
        node_offset = _unsigned(node_offset, 'long long')
        node_depth, inner_size = _index(node_depth), _index(inner_size)
        last_node = bool(last_node)
        if not 1 <= size <= cls.MAX_DIGEST_SIZE:
            raise ValueError(f'digest_size must be between 1 and {cls.MAX_DIGEST_SIZE} bytes')
        if len(salt) > cls.SALT_SIZE:
            raise ValueError(f'maximum salt length is {cls.SALT_SIZE} bytes')
        if len(person) > cls.PERSON_SIZE:
            raise ValueError(f'maximum person length is {cls.PERSON_SIZE} bytes')
        if not 0 <= fanout <= 255:
            raise ValueError('fanout must be between 0 and 255')
        if not 1 <= depth <= 255:
            raise ValueError('depth must be between 1 and 255')
        if leaf_size > 0xFFFFFFFF:
            raise OverflowError('leaf_size is too large')
        if node_offset > cls._MAX_NODE_OFFSET:
            raise OverflowError('node_offset is too large')
        if not 0 <= node_depth <= 255:
            raise ValueError('node_depth must be between 0 and 255')
        if not 0 <= inner_size <= cls.MAX_DIGEST_SIZE:
            raise ValueError(f'inner_size must be between 0 and is {cls.MAX_DIGEST_SIZE}')
        if len(key) > cls.MAX_KEY_SIZE:
            raise ValueError(f'maximum key length is {cls.MAX_KEY_SIZE} bytes')
        self = object.__new__(cls)
        self._digest_size = size
        self._params = (size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size,
                        last_node)
        self._data = bytearray()
        if data is not None:
            self._data += _data_bytes(data)
        return self

    @property
    def name(self):
        return self._NAME

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._BLOCK_SIZE

    def update(self, data, /):
        """Update this hash object's state with the provided bytes-like object."""
        self._data += _data_bytes(data)

    def digest(self):
        """Return the digest value as a bytes object."""
        return _pyheap_blake2.digest(self._NAME == 'blake2b', bytes(self._data), *self._params)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other._digest_size = self._digest_size
        other._params = self._params
        other._data = bytearray(self._data)
        return other


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    __slots__ = ()
    _NAME = 'blake2b'
    _BLOCK_SIZE = 128
    _MAX_NODE_OFFSET = _U64
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    __slots__ = ()
    _NAME = 'blake2s'
    _BLOCK_SIZE = 64
    _MAX_NODE_OFFSET = (1 << 48) - 1
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


BLAKE2B_SALT_SIZE, BLAKE2B_PERSON_SIZE, BLAKE2B_MAX_KEY_SIZE, BLAKE2B_MAX_DIGEST_SIZE = 16, 16, 64, 64
BLAKE2S_SALT_SIZE, BLAKE2S_PERSON_SIZE, BLAKE2S_MAX_KEY_SIZE, BLAKE2S_MAX_DIGEST_SIZE = 8, 8, 32, 32

# _blake2 is C in CPython: its errors show the caller's frame and none below it
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
