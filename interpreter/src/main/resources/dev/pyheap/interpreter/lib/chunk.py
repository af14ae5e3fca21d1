"""Reading IFF chunks (AIFF, RIFF, 8SVX...): a deprecated module since 3.11, as in CPython.

A chunk is a 4-byte ID, a 4-byte size (big-endian unless told otherwise; counting the 8
header bytes when `inclheader`), then that many bytes of data, padded to an even length when
`align`. A Chunk reads one of them like a file limited to its data; close() or skip() leaves
the underlying file at the next chunk.
"""

import warnings

warnings._deprecated(__name__, remove=(3, 13))


class Chunk:
    """One chunk of an IFF file, read as a file of its own."""

    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        import struct
        self.closed = False
        self.align = align
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        try:
            self.chunksize = struct.unpack_from('>L' if bigendian else '<L', file.read(4))[0]
        except struct.error:
            raise EOFError from None
        if inclheader:
            self.chunksize -= 8
        self.size_read = 0
        try:
            self.offset = self.file.tell()
        except (AttributeError, OSError):
            self.seekable = False
        else:
            self.seekable = True

    def getname(self):
        """The chunk's 4-byte ID."""
        return self.chunkname

    def getsize(self):
        """The size of the chunk's data."""
        return self.chunksize

    def close(self):
        """Skip to the chunk's end; further reads are refused."""
        if not self.closed:
            try:
                self.skip()
            finally:
                self.closed = True

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def isatty(self):
        self._check_open()
        return False

    def seek(self, pos, whence=0):
        """Move within the chunk's data (the underlying file must be seekable)."""
        self._check_open()
        if not self.seekable:
            raise OSError('cannot seek')
        if whence == 1:
            pos += self.size_read
        elif whence == 2:
            pos += self.chunksize
        if pos < 0 or pos > self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        self._check_open()
        return self.size_read

    def read(self, size=-1):
        """Up to `size` bytes of the chunk's data (all that is left when negative)."""
        self._check_open()
        left = self.chunksize - self.size_read
        if left <= 0:
            return b''
        if size < 0 or size > left:
            size = left
        data = self.file.read(size)
        self.size_read += len(data)
        if self.size_read == self.chunksize and self.align and self.chunksize & 1:
            # The pad byte after odd-sized data belongs to this chunk.
            self.size_read += len(self.file.read(1))
        return data

    def skip(self):
        """Move the underlying file to the start of the next chunk."""
        self._check_open()
        if self.seekable:
            try:
                step = self.chunksize - self.size_read
                if self.align and self.chunksize & 1:
                    step += 1
                self.file.seek(step, 1)
                self.size_read += step
                return
            except OSError:
                pass
        while self.size_read < self.chunksize:
            if not self.read(min(8192, self.chunksize - self.size_read)):
                raise EOFError
