"""What the compressed-file classes (lzma.LZMAFile, bz2.BZ2File) share: the checks of a stream's
mode and a raw reader that decompresses a file of one or more concatenated streams on demand."""

import io
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE


class BaseStream(io.BufferedIOBase):
    """Mode checks for the compressed-file classes."""

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
