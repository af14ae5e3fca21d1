"""Memory-mapped files and anonymous shared memory, as CPython's mmap module on Linux.

An `mmap` object is a mutable byte sequence backed by a mapping that `_mmap` (Java) makes with
the JDK's FileChannel.map: writes to a shared map reach the file, a copy-on-write map
(ACCESS_COPY) keeps them private, a read-only one refuses them. The object has a current
position for the file-like methods (read, write, seek, readline, ...) and supports indexing
and slicing. The checks, the positions and CPython's error messages live here; `_mmap` only
reads, writes, searches, flushes, resizes and unmaps.
"""

import _mmap

ACCESS_DEFAULT = 0
ACCESS_READ = 1
ACCESS_WRITE = 2
ACCESS_COPY = 3

MAP_SHARED = 1
MAP_PRIVATE = 2
MAP_ANON = MAP_ANONYMOUS = 0x20
MAP_DENYWRITE = 0x800
MAP_EXECUTABLE = 0x1000
MAP_POPULATE = 0x8000
MAP_STACK = 0x20000
PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
PAGESIZE = 4096
ALLOCATIONGRANULARITY = 4096

_ACCESS_NAMES = {ACCESS_DEFAULT: "ACCESS_DEFAULT", ACCESS_READ: "ACCESS_READ",
                 ACCESS_WRITE: "ACCESS_WRITE", ACCESS_COPY: "ACCESS_COPY"}


def _index(value):
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def _as_bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


class mmap:
    """mmap(fileno, length[, flags[, prot[, access[, offset]]]])

    Map `length` bytes of the file open on descriptor `fileno` (all of it from `offset` when
    length is 0), or of anonymous memory when fileno is -1."""

    def __init__(self, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ,
                 access=ACCESS_DEFAULT, offset=0):
        self._handle = None
        fileno, length, offset = _index(fileno), _index(length), _index(offset)
        if length < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED or prot != PROT_WRITE | PROT_READ):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_DEFAULT:
            # the access reported (and checked) follows the protection asked for
            if not prot & PROT_WRITE:
                access = ACCESS_READ
            elif not prot & PROT_READ:
                access = ACCESS_WRITE
            private = bool(flags & MAP_PRIVATE)
        elif access in (ACCESS_READ, ACCESS_WRITE, ACCESS_COPY):
            private = access == ACCESS_COPY
        else:
            raise ValueError("mmap invalid access parameter.")
        mode = 'r' if access == ACCESS_READ else 'c' if private else 'w'
        if fileno != -1:
            file_size = _mmap.file_size(fileno)
            if length == 0:
                if file_size == 0:
                    raise ValueError("cannot mmap an empty file")
                if offset >= file_size:
                    raise ValueError("mmap offset is greater than file size")
                length = file_size - offset
            elif offset > file_size or file_size - offset < length:
                raise ValueError("mmap length is greater than file size")
        if offset % ALLOCATIONGRANULARITY or (fileno == -1 and length == 0):
            raise OSError(22, "Invalid argument")
        self._handle = _mmap.map(fileno, offset, length, mode)
        self._fd = fileno
        self._size = length
        self._offset = offset
        self._pos = 0
        self._access = access
        self._mode = mode

    # -- state

    def _live(self):
        if self._handle is None:
            raise ValueError("mmap closed or invalid")
        return self._handle

    def _writable(self):
        handle = self._live()
        if self._access == ACCESS_READ:
            raise TypeError("mmap can't modify a readonly memory map.")
        return handle

    @property
    def closed(self):
        return self._handle is None

    def close(self):
        if self._handle is not None:
            _mmap.close(self._handle)
            self._handle = None

    def __del__(self):
        if getattr(self, '_handle', None) is not None:
            self.close()

    def __enter__(self):
        self._live()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self._handle is None:
            return "<mmap.mmap closed=True>"
        return "<mmap.mmap closed=False, access=%s, length=%d, pos=%d, offset=%d>" % (
            _ACCESS_NAMES[self._access], self._size, self._pos, self._offset)

    # -- the sequence

    def __len__(self):
        self._live()
        return self._size

    def _bounds(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("mmap index out of range")
        return index

    def __getitem__(self, key):
        handle = self._live()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._size)
            if step == 1:
                return _mmap.read(handle, start, max(start, stop)) if stop > start else b''
            whole = _mmap.read(handle, 0, self._size)
            return whole[start:stop:step]
        if not hasattr(key, '__index__'):
            raise TypeError("mmap indices must be integers")
        at = self._bounds(key.__index__())
        return _mmap.read(handle, at, at + 1)[0]

    def __setitem__(self, key, value):
        handle = self._writable()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._size)
            data = _as_bytes(value)
            count = len(range(start, stop, step))
            if len(data) != count:
                raise IndexError("mmap slice assignment is wrong size")
            if step == 1:
                if count:
                    _mmap.write(handle, start, data)
            else:
                for at, byte in zip(range(start, stop, step), data):
                    _mmap.write(handle, at, bytes((byte,)))
            return
        if not hasattr(key, '__index__'):
            raise TypeError("mmap indices must be integer")
        at = self._bounds(key.__index__())
        if not hasattr(value, '__index__'):
            raise TypeError("mmap item value must be an int")
        byte = value.__index__()
        if not 0 <= byte < 256:
            raise ValueError("mmap item value must be in range(0, 256)")
        _mmap.write(handle, at, bytes((byte,)))

    def __delitem__(self, key):
        raise TypeError("mmap doesn't support item deletion")

    def __iter__(self):
        handle = self._live()
        for at in range(self._size):
            yield _mmap.read(handle, at, at + 1)

    def __bytes__(self):
        return _mmap.read(self._live(), 0, self._size)

    # -- the file-like side

    def tell(self):
        self._live()
        return self._pos

    def size(self):
        self._live()
        if self._fd == -1:
            raise OSError(9, "Bad file descriptor")
        return _mmap.file_size(self._fd)

    def seek(self, pos, whence=0):
        self._live()
        pos = _index(pos)
        if whence == 0:
            where = pos
        elif whence == 1:
            where = self._pos + pos
        elif whence == 2:
            where = self._size + pos
        else:
            raise ValueError("unknown seek type")
        if not 0 <= where <= self._size:
            raise ValueError("seek out of range")
        self._pos = where

    def read(self, n=None):
        handle = self._live()
        left = self._size - self._pos if self._pos < self._size else 0
        if n is not None:
            n = _index(n)
            if 0 <= n < left:
                left = n
        data = _mmap.read(handle, self._pos, self._pos + left) if left else b''
        self._pos += left
        return data

    def read_byte(self):
        handle = self._live()
        if self._pos >= self._size:
            raise ValueError("read byte out of range")
        self._pos += 1
        return _mmap.read(handle, self._pos - 1, self._pos)[0]

    def readline(self):
        handle = self._live()
        start = self._pos
        if start >= self._size:
            return b''
        newline = _mmap.find(handle, b'\n', start, self._size, False)
        stop = self._size if newline < 0 else newline + 1
        self._pos = stop
        return _mmap.read(handle, start, stop)

    def write(self, data):
        handle = self._writable()
        data = _as_bytes(data)
        if self._pos > self._size or self._size - self._pos < len(data):
            raise ValueError("data out of range")
        if data:
            _mmap.write(handle, self._pos, data)
        self._pos += len(data)
        return len(data)

    def write_byte(self, byte):
        handle = self._writable()
        byte = _index(byte)
        if not 0 <= byte < 256:
            raise OverflowError("unsigned byte integer is %s"
                                % ("less than minimum" if byte < 0 else "greater than maximum"))
        if self._pos >= self._size:
            raise ValueError("write byte out of range")
        _mmap.write(handle, self._pos, bytes((byte,)))
        self._pos += 1

    def _range(self, start, end):
        size = self._size
        start = size if start is None else _index(start)
        end = size if end is None else _index(end)
        if start < 0:
            start = max(start + size, 0)
        if end < 0:
            end = max(end + size, 0)
        return min(start, size), min(end, size)

    def find(self, sub, start=None, end=None):
        handle = self._live()
        sub = _as_bytes(sub)
        first, last = self._range(self._pos if start is None else start, end)
        return _mmap.find(handle, bytes(sub), first, last, False)

    def rfind(self, sub, start=None, end=None):
        handle = self._live()
        sub = _as_bytes(sub)
        first, last = self._range(self._pos if start is None else start, end)
        return _mmap.find(handle, bytes(sub), first, last, True)

    def flush(self, offset=0, size=None):
        handle = self._live()
        size = self._size if size is None else _index(size)
        offset = _index(offset)
        if size < 0 or offset < 0 or self._size - offset < size:
            raise ValueError("flush values out of range")
        if self._access in (ACCESS_READ, ACCESS_COPY):
            return None
        _mmap.flush(handle)
        return None

    def move(self, dest, src, count):
        handle = self._writable()
        dest, src, count = _index(dest), _index(src), _index(count)
        if (dest < 0 or src < 0 or count < 0 or self._size - dest < count
                or self._size - src < count):
            raise ValueError("source, destination, or count out of range")
        if count:
            _mmap.move(handle, dest, src, count)

    def resize(self, newsize):
        handle = self._live()
        if self._access not in (ACCESS_WRITE, ACCESS_DEFAULT):
            raise TypeError("mmap can't resize a readonly or copy-on-write memory map.")
        newsize = _index(newsize)
        if newsize < 0:
            raise ValueError("new size out of range")
        if newsize == 0:
            raise OSError(22, "Invalid argument")
        _mmap.resize(handle, newsize)
        self._size = newsize
        if self._pos > newsize:
            self._pos = newsize

    def madvise(self, option, start=0, length=None):
        self._live()
        size = self._size
        length = size - start if length is None else length
        if start < 0 or start >= size:
            raise ValueError("madvise start out of bounds")
        if length < 0:
            raise ValueError("madvise length invalid")
        return None


# Frames that CPython runs in C leave no traceback entry: mmap is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
