"""The zlib module, as CPython 3.11's (Modules/zlibmodule.c): compress, decompress, crc32,
adler32, compressobj and decompressobj with CPython's arguments, errors and messages, over
`_zlib` (the JDK's deflater and inflater, which are zlib's). The zlib wrapper and raw deflate
come from the engine; the gzip wrapper (wbits 25 to 31, and 40 to 47 which accept either) is
written here: zlib's gzip header (OS code 3), the CRC-32 and the length after the data."""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _buffer(data):
    # any object with the buffer protocol (bytes, bytearray, memoryview, array, mmap), as zlib's
    # C functions take through Py_buffer
    if type(data) is bytes:
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    return view.tobytes()


def _int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return value.__index__()


def crc32(data, value=0, /):
    return _zlib.crc32(_buffer(data), _int(value) & 0xffffffff)


def adler32(data, value=1, /):
    return _zlib.adler32(_buffer(data), _int(value) & 0xffffffff)


def _wrapper(wbits, compressing):
    """'zlib', 'raw', 'gzip' or (decompressing) 'auto' for wbits, as zlib reads windowBits."""
    if 8 <= wbits <= 15 or (wbits == 0 and not compressing):
        return 'zlib'
    if -15 <= wbits <= -8:
        return 'raw'
    if 24 <= wbits <= 31 or (wbits == 16 and not compressing):
        return 'gzip'
    if not compressing and (40 <= wbits <= 47 or wbits == 32):
        return 'auto'
    return None


def _gzip_header(level):
    xfl = 2 if level == 9 else (4 if 0 <= level < 2 else 0)
    return bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3])


class Compress:
    __slots__ = ('_handle', '_kind', '_level', '_started', '_crc', '_size', '_done', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        data = _buffer(data)
        if self._handle is None:
            raise error('Error -2 while compressing data: inconsistent stream state')
        return self._start() + self._deflate(data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b''
        if self._handle is None:
            raise error('Error -2 while flushing: inconsistent stream state')
        out = self._start() + self._deflate(b'', mode)
        if mode == Z_FINISH:
            if self._kind == 'gzip':
                out += (self._crc).to_bytes(4, 'little') + (self._size & 0xffffffff).to_bytes(4, 'little')
            _zlib.end(self._handle)
            self._handle = None
        return out

    def copy(self):
        raise ValueError('Inconsistent stream state')

    def _start(self):
        if self._kind == 'gzip' and not self._started:
            self._started = True
            return _gzip_header(self._level)
        return b''

    def _deflate(self, data, mode):
        if self._kind == 'gzip':
            self._crc = _zlib.crc32(data, self._crc)
            self._size += len(data)
        return _zlib.deflate(self._handle, data, Z_FULL_FLUSH if mode == Z_PARTIAL_FLUSH else mode)

    def __del__(self):
        if getattr(self, '_handle', None) is not None:
            _zlib.end(self._handle)
            self._handle = None


Compress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    level, method, wbits, memLevel, strategy = (_int(level), _int(method), _int(wbits), _int(memLevel),
                                                _int(strategy))
    kind = _wrapper(wbits, True)
    if (not -1 <= level <= 9 or method != DEFLATED or kind is None or not 1 <= memLevel <= 9
            or not 0 <= strategy <= 4):
        raise ValueError('Invalid initialization option')
    if strategy in (Z_RLE, Z_FIXED):
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        raise error('zdict is not supported')
    c = object.__new__(Compress)
    c._handle = _zlib.deflater(level, kind != 'zlib', strategy)
    c._kind = kind
    c._level = level
    c._started = False
    c._crc = 0
    c._size = 0
    return c


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _buffer(data)
    level, wbits = _int(level), _int(wbits)
    if not -1 <= level <= 9:
        raise error('Bad compression level')
    kind = _wrapper(wbits, True)
    if kind is None:
        raise error('Error -2 while compressing data: inconsistent stream state')
    c = compressobj(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


class Decompress:
    __slots__ = ('_handle', '_kind', '_header', '_trailer', '_crc', '_size', 'unused_data',
                 'unconsumed_tail', 'eof', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    def decompress(self, data, /, max_length=0):
        data = _buffer(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._run(data, max_length, 'decompressing data')

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _int(length)
        if length <= 0:
            raise ValueError('length must be greater than zero')
        data, self.unconsumed_tail = self.unconsumed_tail, b''
        return self._run(data, 0, 'flushing')

    def copy(self):
        raise ValueError('Inconsistent stream state')

    def _run(self, data, max_length, doing):
        if self.eof:
            self.unused_data += data
            return b''
        if self._kind in ('gzip', 'auto') and self._handle is None:
            self._header += data
            if self._kind == 'auto' and len(self._header) >= 1:
                if self._header[0] != 0x1f:
                    self._kind = 'zlib'
                    self._handle = _zlib.inflater(False)
                    data, self._header = self._header, b''
            if self._handle is None:
                rest = _skip_gzip_header(self._header, doing)
                if rest is None:
                    return b''
                self._kind = 'gzip'
                self._handle = _zlib.inflater(True)
                data, self._header = rest, b''
        out, left, finished, message = _zlib.inflate(self._handle, data, max_length)
        if message is not None:
            raise error(f'Error -3 while {doing}: {message}')
        if self._kind == 'gzip':
            self._crc = _zlib.crc32(out, self._crc)
            self._size += len(out)
        rest = data[len(data) - left:] if left else b''
        if finished:
            if self._kind == 'gzip':
                self._trailer += rest
                if len(self._trailer) < 8:
                    return out
                rest = self._trailer[8:]
                if int.from_bytes(self._trailer[:4], 'little') != self._crc:
                    raise error(f'Error -3 while {doing}: incorrect data check')
                if int.from_bytes(self._trailer[4:8], 'little') != self._size & 0xffffffff:
                    raise error(f'Error -3 while {doing}: incorrect length check')
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = b''
            _zlib.end(self._handle)
        else:
            self.unconsumed_tail = rest
        return out

    def __del__(self):
        if getattr(self, '_handle', None) is not None and not getattr(self, 'eof', True):
            _zlib.end(self._handle)


Decompress.__module__ = 'zlib'


def _skip_gzip_header(h, doing):
    """What follows the gzip header in h, or None while the header is incomplete."""
    if len(h) >= 2 and (h[0] != 0x1f or h[1] != 0x8b):
        raise error(f'Error -3 while {doing}: incorrect header check')
    if len(h) < 10:
        return None
    if h[2] != 8:
        raise error(f'Error -3 while {doing}: unknown compression method')
    flags = h[3]
    if flags & 0xe0:
        raise error(f'Error -3 while {doing}: unknown header flags set')
    pos = 10
    if flags & 4:
        if len(h) < pos + 2:
            return None
        pos += 2 + int.from_bytes(h[pos:pos + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            end = h.find(b'\0', pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    if len(h) < pos:
        return None
    return h[pos:]


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    wbits = _int(wbits)
    kind = _wrapper(wbits, False)
    if kind is None:
        raise ValueError('Invalid initialization option')
    if zdict:
        raise error('zdict is not supported')
    d = object.__new__(Decompress)
    d._kind = kind
    d._handle = _zlib.inflater(kind == 'raw') if kind in ('zlib', 'raw') else None
    d._header = b''
    d._trailer = b''
    d._crc = 0
    d._size = 0
    d.unused_data = b''
    d.unconsumed_tail = b''
    d.eof = False
    return d


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _buffer(data)
    wbits, bufsize = _int(wbits), _int(bufsize)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    kind = _wrapper(wbits, False)
    if kind is None:
        raise error('Error -2 while preparing to decompress data: inconsistent stream state')
    d = decompressobj(wbits)
    out = d._run(data, 0, 'decompressing data')
    if not d.eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


# Frames that CPython runs in C leave no traceback entry: zlib is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
