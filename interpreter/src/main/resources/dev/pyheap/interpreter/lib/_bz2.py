"""The bzip2 compressor and decompressor objects of CPython's _bz2, over libbzip2 (the engine
`_pyheap_bz2` calls the library itself, so the bytes and the errors are CPython's). This module
keeps each object's state: flushed, eof, unused_data, needs_input."""

import _compression
import _pyheap_bz2


def _index(value):
    """An int argument of the C methods (any object with __index__)."""
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _end_stream(self):
    """Frees the object's libbzip2 stream."""
    handle = getattr(self, '_handle', None)
    if handle is not None:
        _pyheap_bz2.end(handle)


def _not_picklable(self):
    raise TypeError(f"cannot pickle '_bz2.{type(self).__name__}' object")


class BZ2Compressor:
    """Create a compressor object for compressing data incrementally.

      compresslevel
        Compression level, as a number between 1 and 9.

    For one-shot compression, use the compress() function instead."""

    def __init__(self, compresslevel=9, /):
        compresslevel = _index(compresslevel)
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        self._handle = _pyheap_bz2.compressor(compresslevel)
        self._flushed = False

    def compress(self, data, /):
        """Provide data to the compressor object.

        Returns a chunk of compressed data if possible, or b'' otherwise.

        When you have finished providing data to the compressor, call the
        flush() method to finish the compression process."""
        if self._flushed:
            raise ValueError('Compressor has been flushed')
        return _pyheap_bz2.compress(self._handle, _compression.bytes_of(data))

    def flush(self):
        """Finish the compression process.

        Returns the compressed data left in internal buffers.

        The compressor object may not be used after this method is called."""
        if self._flushed:
            raise ValueError('Repeated call to flush()')
        self._flushed = True
        return _pyheap_bz2.finish(self._handle)

    __del__ = _end_stream
    __reduce__ = _not_picklable


class BZ2Decompressor:
    """Create a decompressor object for decompressing data incrementally.

    For one-shot decompression, use the decompress() function instead."""

    def __init__(self, /):
        self._handle = _pyheap_bz2.decompressor()
        self._eof = False
        self._unused = b''
        self._needs_input = True

    eof = property(lambda self: self._eof, doc='True if the end-of-stream marker has been reached.')
    unused_data = property(lambda self: self._unused, doc='Data found after the end of the compressed stream.')
    needs_input = property(lambda self: self._needs_input,
                           doc='True if more input is needed before more decompressed data can be produced.')

    def decompress(self, data, max_length=-1):
        """Decompress *data*, returning uncompressed data as bytes.

        If *max_length* is nonnegative, returns at most *max_length* bytes of
        decompressed data. If this limit is reached and further output can be
        produced, *self.needs_input* will be set to ``False``. In this case, the next
        call to *decompress()* may provide *data* as b'' to obtain more of the output.

        If all of the input data was decompressed and returned (either because this
        was less than *max_length* bytes, or because *max_length* was negative),
        *self.needs_input* will be set to True.

        Attempting to decompress data after the end of stream is reached raises an
        EOFError.  Any data found after the end of the stream is ignored and saved in
        the unused_data attribute."""
        if self._eof:
            raise EOFError('End of stream already reached')
        output, eof, unused, needs_input = _pyheap_bz2.decompress(
            self._handle, _compression.bytes_of(data), _index(max_length))
        if eof:
            self._eof = True
            self._unused = unused
        self._needs_input = needs_input
        return output

    __del__ = _end_stream
    __reduce__ = _not_picklable


# Frames that CPython runs in C leave no traceback entry: _bz2 is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
