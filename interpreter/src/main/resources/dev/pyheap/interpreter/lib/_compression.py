"""What the compressed-file classes (lzma.LZMAFile, bz2.BZ2File) share: the file API over a
compressor (writing) or a buffered raw reader that decompresses a file of one or more
concatenated streams on demand (reading), the checks of a stream's mode, and their modules'
open() in binary and text mode."""

import builtins
import io
import os
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

# a compressed file's state: its _mode
CLOSED, READ, WRITE = 0, 1, 2


def bytes_of(data):
    """The bytes of any buffer (the compressors' engines take bytes or bytearray)."""
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    with view:
        return view.tobytes()


def check_open_arguments(mode, encoding, errors, newline):
    """The checks of the compression modules' open(): text arguments only in text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError(f'Invalid mode: {mode!r}')
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")


def open_file(make_binary, mode, encoding, errors, newline):
    """A module's open(): the binary file make_binary(mode without 't') makes, wrapped in a
    TextIOWrapper when the mode has 't'."""
    check_open_arguments(mode, encoding, errors, newline)
    binary = make_binary(mode.replace('t', ''))
    if 't' in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


class BaseStream(io.BufferedIOBase):
    """The compressed-file classes' file API. A subclass's __init__ calls _open_fp, then sets
    _compressor (a compressor with compress and flush) for writing or calls _start_reading with its
    decompressor class for reading."""

    _fp = None
    _owns_fp = False
    _mode = CLOSED

    def _open_fp(self, filename, mode):
        if isinstance(filename, (str, bytes, os.PathLike)):
            if 'b' not in mode:
                mode += 'b'
            self._fp = builtins.open(filename, mode)
            self._owns_fp = True
        elif hasattr(filename, 'read') or hasattr(filename, 'write'):
            self._fp = filename
        else:
            raise TypeError('filename must be a str, bytes, file or PathLike object')

    def _start_reading(self, decomp_factory, trailing_error, **decomp_args):
        self._mode = READ
        raw = DecompressReader(self._fp, decomp_factory, trailing_error=trailing_error, **decomp_args)
        self._buffer = io.BufferedReader(raw)

    def _start_writing(self, compressor):
        self._mode = WRITE
        self._compressor = compressor
        self._pos = 0

    def close(self):
        """Flush and close the file (the underlying one only if this object opened it)."""
        if self._mode == CLOSED:
            return
        try:
            if self._mode == READ:
                self._buffer.close()
                self._buffer = None
            elif self._mode == WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._owns_fp:
                    self._fp.close()
            finally:
                self._fp = None
                self._owns_fp = False
                self._mode = CLOSED

    @property
    def closed(self):
        """True if this file is closed."""
        return self._mode == CLOSED

    def fileno(self):
        """Return the file descriptor for the underlying file."""
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        """Return whether the file supports seeking."""
        return self.readable() and self._buffer.seekable()

    def readable(self):
        """Return whether the file was opened for reading."""
        self._check_not_closed()
        return self._mode == READ

    def writable(self):
        """Return whether the file was opened for writing."""
        self._check_not_closed()
        return self._mode == WRITE

    def peek(self, size=-1):
        """Return buffered data without advancing the file position."""
        self._check_can_read()
        return self._buffer.peek(size)

    def read(self, size=-1):
        """Read up to size uncompressed bytes from the file (all of them if size is negative)."""
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        """Read up to size uncompressed bytes, with at most one read of the underlying stream."""
        self._check_can_read()
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def readline(self, size=-1):
        """Read a line of uncompressed bytes from the file."""
        self._check_can_read()
        return self._buffer.readline(size)

    def write(self, data):
        """Write a bytes object to the file; returns the number of uncompressed bytes written."""
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def seek(self, offset, whence=io.SEEK_SET):
        """Change the file position (emulated: going back decompresses again from the start)."""
        self._check_can_seek()
        return self._buffer.seek(offset, whence)

    def tell(self):
        """Return the current file position."""
        self._check_not_closed()
        if self._mode == READ:
            return self._buffer.tell()
        return self._pos

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation('File not open for reading')

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation('File not open for writing')

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation('Seeking is only supported on files open for reading')
        if not self._fp.seekable():
            raise io.UnsupportedOperation('The underlying file object does not support seeking')


class DecompressReader(io.RawIOBase):
    """The decompressed bytes of `fp` as a raw stream. A new decompressor (from `decomp_factory`
    with `decomp_args`) starts at each stream's end while input is left; input after a stream
    that the next decompressor refuses with `trailing_error` ends the data instead."""

    def readable(self):
        return True

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._factory = decomp_factory
        self._factory_args = decomp_args
        self._trailing_error = trailing_error
        self._decompressor = decomp_factory(**decomp_args)
        self._pos = 0            # offset in the decompressed data
        self._eof = False
        self._size = -1          # the decompressed length, once the end was seen

    def close(self):
        self._decompressor = None
        return super().close()

    def seekable(self):
        return self._fp.seekable()

    def readinto(self, b):
        with memoryview(b) as view, view.cast('B') as flat:
            data = self.read(len(flat))
            flat[:len(data)] = data
        return len(data)

    def _next_chunk(self, size):
        """Up to `size` decompressed bytes; b'' only at the end of the data."""
        while True:
            decomp = self._decompressor
            if decomp.eof:
                leftover = decomp.unused_data or self._fp.read(BUFFER_SIZE)
                if not leftover:
                    return b''
                self._decompressor = self._factory(**self._factory_args)
                try:
                    data = self._decompressor.decompress(leftover, size)
                except self._trailing_error:
                    return b''
            elif decomp.needs_input:
                raw = self._fp.read(BUFFER_SIZE)
                if not raw:
                    raise EOFError('Compressed file ended before the end-of-stream marker was reached')
                data = decomp.decompress(raw, size)
            else:
                data = decomp.decompress(b'', size)
            if data:
                return data

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._eof:
            return b''
        data = self._next_chunk(size)
        if not data:
            self._eof = True
            self._size = self._pos
            return b''
        self._pos += len(data)
        return data

    def readall(self):
        parts = []
        while data := self.read(sys.maxsize):
            parts.append(data)
        return b''.join(parts)

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._decompressor = self._factory(**self._factory_args)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset += self._size
        elif whence != io.SEEK_SET:
            raise ValueError(f'Invalid value for whence: {whence}')
        # a stream can only be decompressed forwards: going back starts again
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            skipped = self.read(min(io.DEFAULT_BUFFER_SIZE, offset))
            if not skipped:
                break
            offset -= len(skipped)
        return self._pos

    def tell(self):
        return self._pos
