"""Interface to the libbzip2 compression library.

This module provides a file interface, classes for incremental
(de)compression, and functions for one-shot (de)compression.
"""

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']

import io
import os
import _compression

from _bz2 import BZ2Compressor, BZ2Decompressor


class BZ2File(_compression.BaseStream):
    """A binary file whose bytes are bzip2-compressed in the file under it: a named file (str,
    bytes or path-like) this object opens, or a file object it reads from or writes to."""

    def __init__(self, filename, mode='r', *, compresslevel=9):
        """Open a bzip2-compressed file.

        mode can be 'r' for reading (default), 'w' for (over)writing, 'x' for
        creating exclusively, or 'a' for appending. These can equivalently be
        given as 'rb', 'wb', 'xb', and 'ab'. compresslevel (1 to 9, 9 by default)
        is the level of compression used when writing.
        """
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        if mode in ('', 'r', 'rb'):
            mode = 'rb'
            compressor = None
        elif mode in ('w', 'wb', 'x', 'xb', 'a', 'ab'):
            mode = mode[0] + 'b'
            compressor = BZ2Compressor(compresslevel)
        else:
            raise ValueError(f'Invalid mode: {mode!r}')
        self._open_fp(filename, mode)
        if compressor is None:
            self._start_reading(BZ2Decompressor, OSError)
        else:
            self._start_writing(compressor)

    def readinto(self, b):
        """Read bytes into b; returns the number of bytes read (0 at EOF)."""
        self._check_can_read()
        return self._buffer.readinto(b)

    def readline(self, size=-1):
        """Read a line of uncompressed bytes from the file.

        The terminating newline (if present) is retained. If size is
        non-negative, no more than size bytes will be read (in which
        case the line may be incomplete). Returns b'' if already at EOF.
        """
        return super().readline(_size_argument(size))

    def readlines(self, size=-1):
        """Read a list of lines of uncompressed bytes from the file.

        size can be specified to control the number of lines read: no
        further lines will be read once the total size of the lines read
        so far equals or exceeds size.
        """
        size = _size_argument(size)
        self._check_can_read()
        return self._buffer.readlines(size)


def _size_argument(size):
    if not isinstance(size, int):
        if not hasattr(size, '__index__'):
            raise TypeError('Integer argument expected')
        size = size.__index__()
    return size


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a bzip2-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str or bytes
    object), or an existing file object to read from or write to.

    The mode argument can be 'r', 'rb', 'w', 'wb', 'x', 'xb', 'a' or 'ab' for
    binary mode, or 'rt', 'wt', 'xt' or 'at' for text mode. The default mode
    is 'rb', and the default compresslevel is 9.
    """
    return _compression.open_file(lambda binary_mode: BZ2File(filename, binary_mode, compresslevel=compresslevel),
                                  mode, encoding, errors, newline)


def compress(data, compresslevel=9):
    """Compress a block of data (compresslevel 1 to 9)."""
    compressor = BZ2Compressor(compresslevel)
    return compressor.compress(data) + compressor.flush()


def decompress(data):
    """Decompress a block of data: every concatenated stream in it."""
    results = []
    while data:
        decompressor = BZ2Decompressor()
        try:
            part = decompressor.decompress(data)
        except OSError:
            if results:
                break      # what follows the streams is not one: it is ignored
            raise
        results.append(part)
        if not decompressor.eof:
            raise ValueError('Compressed data ended before the end-of-stream marker was reached')
        data = decompressor.unused_data
    return b''.join(results)
