"""LZMA and XZ compression, as CPython 3.11's lzma module.

The engine is `_lzma` (Java, XZ for Java): it encodes and decodes; this module checks the
arguments as CPython's `_lzma` does, keeps each decompressor's state (eof, unused_data,
needs_input, the output held back by max_length) and provides the file API. The compressed
bytes are a valid .xz/.lzma stream that liblzma reads back, though not always liblzma's own bytes."""

import builtins
import io
import os

import _compression
import _lzma

__all__ = [
    'CHECK_NONE', 'CHECK_CRC32', 'CHECK_CRC64', 'CHECK_SHA256', 'CHECK_ID_MAX', 'CHECK_UNKNOWN',
    'FILTER_LZMA1', 'FILTER_LZMA2', 'FILTER_DELTA', 'FILTER_X86', 'FILTER_IA64', 'FILTER_ARM',
    'FILTER_ARMTHUMB', 'FILTER_POWERPC', 'FILTER_SPARC', 'FORMAT_AUTO', 'FORMAT_XZ',
    'FORMAT_ALONE', 'FORMAT_RAW', 'MF_HC3', 'MF_HC4', 'MF_BT2', 'MF_BT3', 'MF_BT4',
    'MODE_FAST', 'MODE_NORMAL', 'PRESET_DEFAULT', 'PRESET_EXTREME',
    'LZMACompressor', 'LZMADecompressor', 'LZMAFile', 'LZMAError',
    'open', 'compress', 'decompress', 'is_check_supported',
]

FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256 = 0, 1, 4, 10
CHECK_ID_MAX, CHECK_UNKNOWN = 15, 16
FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21
FILTER_DELTA = 0x03
FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC = 4, 5, 6, 7, 8, 9
MF_HC3, MF_HC4, MF_BT2, MF_BT3, MF_BT4 = 0x03, 0x04, 0x12, 0x13, 0x14
MODE_FAST, MODE_NORMAL = 1, 2
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000

_SUPPORTED_CHECKS = (CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256)
_FILTERS = (FILTER_LZMA1, FILTER_LZMA2, FILTER_DELTA, FILTER_X86, FILTER_POWERPC, FILTER_IA64,
            FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC)
# the order of a filter spec's fields in the list handed to _lzma
_SPEC_FIELDS = ('preset', 'dict_size', 'lc', 'lp', 'pb', 'mode', 'nice_len', 'mf', 'depth',
                'dist', 'start_offset')
_FIELDS_BY_FILTER = {
    FILTER_LZMA1: _SPEC_FIELDS[:9], FILTER_LZMA2: _SPEC_FIELDS[:9], FILTER_DELTA: ('dist',),
}


class LZMAError(Exception):
    """Call to liblzma failed."""


LZMAError.__module__ = '_lzma'


def is_check_supported(check_id):
    """Test whether the given integrity check is supported."""
    return check_id in _SUPPORTED_CHECKS


def _filter_chain(filters):
    """The filter dicts as lists of ints for _lzma (-1: not given), with CPython's checks."""
    if not isinstance(filters, (list, tuple)) and not hasattr(filters, '__getitem__'):
        raise TypeError('filters must be a sequence')
    chain = []
    for spec in filters:
        if not hasattr(spec, 'keys'):
            raise TypeError('Filter specifier must be a dict or dict-like object')
        if 'id' not in spec:
            raise ValueError('Filter specifier must have an "id" entry')
        filter_id = spec['id']
        if filter_id not in _FILTERS:
            raise ValueError(f'Invalid filter ID: {filter_id}')
        allowed = _FIELDS_BY_FILTER.get(filter_id, ('start_offset',))
        for name in spec.keys():
            if name != 'id' and name not in allowed:
                kind = ('LZMA' if filter_id in (FILTER_LZMA1, FILTER_LZMA2)
                        else 'delta' if filter_id == FILTER_DELTA else 'BCJ')
                raise ValueError(f'Invalid filter specifier for {kind} filter')
        chain.append([filter_id] + [int(spec.get(name, -1)) for name in _SPEC_FIELDS])
    if len(chain) > 4:
        raise ValueError('Too many filters - liblzma supports a maximum of 4')
    return chain


# The presets' LZMA1/LZMA2 options (liblzma's lzma_lzma_preset): dictionary size by level; lc=3,
# lp=0, pb=2 whatever the level.
_PRESET_DICT_SIZES = (1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24,
                      1 << 25, 1 << 26)
_BCJ_FILTERS = (FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC)


def _lzma2_dict_size(code):
    """The dictionary size an LZMA2 properties byte stands for."""
    if code == 40:
        return 0xFFFFFFFF
    return (2 | (code & 1)) << (code // 2 + 11)


def _encode_filter_properties(filter):
    """The raw properties bytes of one filter spec, as a .zip or .7z header stores them
    (liblzma's lzma_properties_encode)."""
    filter_id, preset, dict_size, lc, lp, pb = _filter_chain([filter])[0][:6]
    if filter_id in (FILTER_LZMA1, FILTER_LZMA2):
        level = PRESET_DEFAULT if preset == -1 else preset & 0x1F
        if level > 9:
            raise LZMAError(f'Invalid compression preset: {preset}')
        if dict_size == -1:
            dict_size = _PRESET_DICT_SIZES[level]
        lc = 3 if lc == -1 else lc
        lp = 0 if lp == -1 else lp
        pb = 2 if pb == -1 else pb
        if filter_id == FILTER_LZMA1:
            if lc + lp > 4 or pb > 4:
                raise LZMAError('Internal error')
            return bytes(((pb * 5 + lp) * 9 + lc,)) + dict_size.to_bytes(4, 'little')
        code = 0
        while code < 40 and _lzma2_dict_size(code) < max(dict_size, 4096):
            code += 1
        return bytes((code,))
    if filter_id == FILTER_DELTA:
        dist = filter.get('dist', 1)
        if not 1 <= dist <= 256:
            raise LZMAError('Internal error')
        return bytes((dist - 1,))
    start = filter.get('start_offset', 0)
    return b'' if start == 0 else start.to_bytes(4, 'little')


def _decode_filter_properties(filter_id, encoded_props):
    """The filter spec dict that a filter's raw properties bytes stand for
    (liblzma's lzma_properties_decode)."""
    props = _compression.bytes_of(encoded_props)
    if filter_id == FILTER_LZMA1:
        if len(props) != 5 or props[0] > (4 * 5 + 4) * 9 + 8:
            raise LZMAError('Invalid or unsupported options')
        rest, lc = divmod(props[0], 9)
        pb, lp = divmod(rest, 5)
        if lc + lp > 4:
            raise LZMAError('Invalid or unsupported options')
        return {'id': filter_id, 'lc': lc, 'lp': lp, 'pb': pb,
                'dict_size': int.from_bytes(props[1:], 'little')}
    if filter_id == FILTER_LZMA2:
        if len(props) != 1 or props[0] > 40:
            raise LZMAError('Invalid or unsupported options')
        return {'id': filter_id, 'dict_size': _lzma2_dict_size(props[0])}
    if filter_id == FILTER_DELTA:
        if len(props) != 1:
            raise LZMAError('Invalid or unsupported options')
        return {'id': filter_id, 'dist': props[0] + 1}
    if filter_id in _BCJ_FILTERS:
        if len(props) not in (0, 4):
            raise LZMAError('Invalid or unsupported options')
        return {'id': filter_id, 'start_offset': int.from_bytes(props, 'little')}
    raise LZMAError('Invalid or unsupported options')


class LZMACompressor:
    """LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)

    Create a compressor object for compressing data incrementally."""

    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        if format not in (FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f'Invalid container format: {format}')
        if check != -1 and format != FORMAT_XZ:
            raise ValueError('Integrity checks are only supported by FORMAT_XZ')
        if preset is not None and filters is not None:
            raise ValueError('Cannot specify both preset and filter chain')
        if format == FORMAT_RAW and filters is None:
            raise ValueError('Must specify filters for FORMAT_RAW')
        if check == -1:
            check = CHECK_CRC64
        if check not in _SUPPORTED_CHECKS:
            raise LZMAError('Unsupported integrity check')
        chain = None if filters is None else _filter_chain(filters)
        handle = _lzma.compressor(format, check, PRESET_DEFAULT if preset is None else preset, chain)
        if isinstance(handle, str):
            raise LZMAError(handle)
        self._handle = handle
        self._flushed = False

    def compress(self, data, /):
        """Provide data to the compressor object; returns the compressed data it has ready."""
        if self._flushed:
            raise ValueError('Compressor has been flushed')
        return _lzma.compress(self._handle, _compression.bytes_of(data))

    def flush(self):
        """Finish the compression process; returns the compressed data left."""
        if self._flushed:
            raise ValueError('Repeated call to flush()')
        self._flushed = True
        data = _lzma.finish(self._handle)
        _lzma.end(self._handle)
        return data

    def __del__(self):
        handle = getattr(self, '_handle', None)
        if handle is not None:
            _lzma.end(handle)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class LZMADecompressor:
    """LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)

    Create a decompressor object for decompressing data incrementally."""

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        if memlimit is not None and format == FORMAT_RAW:
            raise ValueError('Cannot specify memory limit with FORMAT_RAW')
        if format not in (FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f'Invalid container format: {format}')
        if format == FORMAT_RAW and filters is None:
            raise ValueError('Must specify filters for FORMAT_RAW')
        if format != FORMAT_RAW and filters is not None:
            raise ValueError('Cannot specify filters except with FORMAT_RAW')
        chain = None if filters is None else _filter_chain(filters)
        handle = _lzma.decompressor(format, -1 if memlimit is None else memlimit, chain)
        if isinstance(handle, str):
            raise LZMAError(handle)
        self._handle = handle
        self._check = CHECK_NONE if format == FORMAT_RAW or format == FORMAT_ALONE else CHECK_UNKNOWN
        self._format = format
        self._held = b''          # output beyond a caller's max_length
        self._ended = False       # the decoder has seen the end of the stream
        self._eof = False
        self._unused = b''
        self._needs_input = True

    check = property(lambda self: self._check, doc='ID of the integrity check used by the input stream.')
    eof = property(lambda self: self._eof, doc='True if the end-of-stream marker has been reached.')
    unused_data = property(lambda self: self._unused, doc='Data found after the end of the compressed stream.')
    needs_input = property(lambda self: self._needs_input,
                           doc='True if more input is needed before more decompressed data can be produced.')

    def decompress(self, data, max_length=-1):
        """Decompress *data*, returning uncompressed data as bytes (at most max_length of them
        when max_length is not negative; the rest comes with the next calls)."""
        if self._eof:
            raise EOFError('Already at end of stream')
        data = _compression.bytes_of(data)
        if self._ended:
            self._unused += data
        else:
            output, ended, unused, check, error = _lzma.feed(self._handle, data)
            if self._format in (FORMAT_AUTO, FORMAT_XZ):
                self._check = check
            if error is not None:
                raise LZMAError(error)
            self._held += output
            if ended:
                self._ended = True
                self._unused = unused
                _lzma.end(self._handle)
        if max_length < 0 or len(self._held) <= max_length:
            result, self._held = self._held, b''
        else:
            result, self._held = self._held[:max_length], self._held[max_length:]
        self._eof = self._ended and not self._held
        self._needs_input = not self._held and not self._ended
        return result

    def __del__(self):
        handle = getattr(self, '_handle', None)
        if handle is not None and not getattr(self, '_ended', True):
            _lzma.end(handle)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """Compress a block of data (see LZMACompressor for the arguments)."""
    compressor = LZMACompressor(format, check, preset, filters)
    return compressor.compress(data) + compressor.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompress a block of data: every concatenated stream in it (see LZMADecompressor)."""
    parts = []
    data = _compression.bytes_of(data)
    while True:
        decompressor = LZMADecompressor(format, memlimit, filters)
        try:
            parts.append(decompressor.decompress(data))
        except LZMAError:
            if parts:
                break      # what follows the streams is not one: it is ignored
            raise
        if not decompressor.eof:
            raise LZMAError('Compressed data ended before the end-of-stream marker was reached')
        data = decompressor.unused_data
        if not data:
            break
    return b''.join(parts)


class LZMAFile(_compression.BaseStream):
    """A file object providing transparent LZMA (de)compression."""

    def __init__(self, filename=None, mode='r', *, format=None, check=-1, preset=None, filters=None):
        if mode in ('r', 'rb'):
            if check != -1:
                raise ValueError('Cannot specify an integrity check when opening a file for reading')
            if preset is not None:
                raise ValueError('Cannot specify a preset compression level when opening a file for reading')
            compressor = None
        elif mode in ('w', 'wb', 'a', 'ab', 'x', 'xb'):
            compressor = LZMACompressor(format=FORMAT_XZ if format is None else format, check=check,
                                        preset=preset, filters=filters)
        else:
            raise ValueError(f'Invalid mode: {mode!r}')
        self._open_fp(filename, mode)
        if compressor is None:
            self._start_reading(LZMADecompressor, LZMAError,
                                format=FORMAT_AUTO if format is None else format, filters=filters)
        else:
            self._start_writing(compressor)


def open(filename, mode='rb', *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """Open an LZMA-compressed file in binary or text mode."""
    return _compression.open_file(
        lambda binary_mode: LZMAFile(filename, binary_mode, format=format, check=check,
                                     preset=preset, filters=filters),
        mode, encoding, errors, newline)
