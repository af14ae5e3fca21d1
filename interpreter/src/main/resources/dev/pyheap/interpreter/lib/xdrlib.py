"""Implements (a subset of) Sun XDR -- eXternal Data Representation (RFC 1014): Packer builds a
buffer of big-endian 4-byte units, Unpacker reads one back. Deprecated since 3.11."""

import struct
from io import BytesIO
from functools import wraps
import warnings

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ['Error', 'Packer', 'Unpacker', 'ConversionError']


class Error(Exception):
    """The module's errors; msg is the message."""

    def __init__(self, msg):
        self.msg = msg

    def __repr__(self):
        return repr(self.msg)

    def __str__(self):
        return str(self.msg)


class ConversionError(Error):
    pass


def raise_conversion_error(function):
    """Wraps a packing method: struct's errors become ConversionError with struct's message."""
    @wraps(function)
    def result(self, value):
        try:
            return function(self, value)
        except struct.error as e:
            raise ConversionError(e.args[0]) from None
    return result


def _packs(fmt, doc):
    """A Packer method writing one value with the struct format fmt."""
    @raise_conversion_error
    def pack(self, x):
        self._Packer__buf.write(struct.pack(fmt, x))
    pack.__doc__ = doc
    return pack


class Packer:
    """Pack various data representations into a buffer."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.__buf = BytesIO()

    def get_buffer(self):
        return self.__buf.getvalue()

    # backwards compatibility
    get_buf = get_buffer

    pack_uint = _packs('>L', 'An unsigned 32-bit int.')
    pack_int = _packs('>l', 'A signed 32-bit int.')
    pack_enum = pack_int

    def pack_bool(self, x):
        self.__buf.write(b'\0\0\0\1' if x else b'\0\0\0\0')

    def pack_uhyper(self, x):
        try:
            self.pack_uint(x >> 32 & 0xffffffff)
        except (TypeError, struct.error) as e:
            raise ConversionError(e.args[0]) from None
        try:
            self.pack_uint(x & 0xffffffff)
        except (TypeError, struct.error) as e:
            raise ConversionError(e.args[0]) from None

    pack_hyper = pack_uhyper

    pack_float = _packs('>f', 'A 32-bit IEEE float.')
    pack_double = _packs('>d', 'A 64-bit IEEE float.')

    def pack_fstring(self, n, s):
        """s (bytes) in n bytes (cut or padded with NULs), padded to a multiple of 4."""
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        data = s[:n]
        n = ((n + 3) // 4) * 4
        data = data + (n - len(data)) * b'\0'
        self.__buf.write(data)

    pack_fopaque = pack_fstring

    def pack_string(self, s):
        """s's length, then s padded to a multiple of 4 bytes."""
        n = len(s)
        self.pack_uint(n)
        self.pack_fstring(n, s)

    pack_opaque = pack_string
    pack_bytes = pack_string

    def pack_list(self, list, pack_item):
        """Each item preceded by a 1, then a 0."""
        for item in list:
            self.pack_uint(1)
            pack_item(item)
        self.pack_uint(0)

    def pack_farray(self, n, list, pack_item):
        """The n items of list (ValueError if it has another length)."""
        if len(list) != n:
            raise ValueError('wrong array size')
        for item in list:
            pack_item(item)

    def pack_array(self, list, pack_item):
        """The length, then the items."""
        n = len(list)
        self.pack_uint(n)
        self.pack_farray(n, list, pack_item)


def _unpacks(fmt, size):
    """An Unpacker method reading one value of the struct format fmt."""
    def unpack(self):
        i = self._Unpacker__pos
        self._Unpacker__pos = j = i + size
        data = self._Unpacker__buf[i:j]
        if len(data) < size:
            raise EOFError
        return struct.unpack(fmt, data)[0]
    return unpack


class Unpacker:
    """Unpacks various data representations from the given buffer."""

    def __init__(self, data):
        self.reset(data)

    def reset(self, data):
        self.__buf = data
        self.__pos = 0

    def get_position(self):
        return self.__pos

    def set_position(self, position):
        self.__pos = position

    def get_buffer(self):
        return self.__buf

    def done(self):
        if self.__pos < len(self.__buf):
            raise Error('unextracted data remains')

    unpack_uint = _unpacks('>L', 4)
    unpack_int = _unpacks('>l', 4)
    unpack_enum = unpack_int

    def unpack_bool(self):
        return bool(self.unpack_int())

    def unpack_uhyper(self):
        hi = self.unpack_uint()
        lo = self.unpack_uint()
        return int(hi) << 32 | lo

    def unpack_hyper(self):
        x = self.unpack_uhyper()
        if x >= 0x8000000000000000:
            x = x - 0x10000000000000000
        return x

    unpack_float = _unpacks('>f', 4)
    unpack_double = _unpacks('>d', 8)

    def unpack_fstring(self, n):
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        i = self.__pos
        j = i + (n + 3) // 4 * 4
        if j > len(self.__buf):
            raise EOFError
        self.__pos = j
        return self.__buf[i:i + n]

    unpack_fopaque = unpack_fstring

    def unpack_string(self):
        n = self.unpack_uint()
        return self.unpack_fstring(n)

    unpack_opaque = unpack_string
    unpack_bytes = unpack_string

    def unpack_list(self, unpack_item):
        items = []
        while (x := self.unpack_uint()) != 0:
            if x != 1:
                raise ConversionError('0 or 1 expected, got %r' % (x,))
            items.append(unpack_item())
        return items

    def unpack_farray(self, n, unpack_item):
        return [unpack_item() for _ in range(n)]

    def unpack_array(self, unpack_item):
        n = self.unpack_uint()
        return self.unpack_farray(n, unpack_item)
