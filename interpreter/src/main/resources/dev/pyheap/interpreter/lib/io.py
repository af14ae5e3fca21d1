"""The io module, as CPython 3.11's: open (the built-in, whose work is done by _open here), the
layered file objects CPython's _io writes in C, here in Python with the same behaviour, reprs and
messages: FileIO (raw bytes over a posix descriptor), BufferedReader/BufferedWriter/BufferedRandom/
BufferedRWPair (a buffer over a raw stream), TextIOWrapper (str over a buffer: decoding, encoding,
universal newlines, tell/seek cookies); the bases
_IOBase/_RawIOBase/_BufferedIOBase/_TextIOBase with their default methods and the abstract
classes IOBase/RawIOBase/BufferedIOBase/TextIOBase programs derive from; UnsupportedOperation,
text_encoding, the SEEK_* constants. The in-memory streams StringIO and BytesIO are the runtime's
types (Java, as CPython's are C), with these bases. The standard streams are the runtime's own (written in Java),
registered with these abstract classes."""

import abc
import sys
import posix as _posix
import _io

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


def open_code(path):
    """The file at path opened for reading bytes (no hooks here)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, 'rb')


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _unsupported(name):
    raise UnsupportedOperation(name)


def _refuse_pickling(stream):
    # object_getstate_default names the type by tp_name: '_io.TextIOWrapper' for the C types, the
    # bare name for a subclass (a heap type)
    cls = type(stream)
    name = '_io.' + cls.__qualname__ if cls.__module__ == '_io' else cls.__name__
    raise TypeError("cannot pickle '%s' object" % name)


class _IOBase:
    """The default methods of every stream: closing, the with statement, iteration by lines,
    readline over read/peek, and the inquiries of a stream that can do nothing."""
    __pyheap_tp_name__ = '_io._IOBase'

    __module__ = '_io'
    __closed = False

    def seek(self, pos, whence=0):
        _unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported('truncate')

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    n = (ahead.find(b'\n') + 1) or len(ahead)
                    if size >= 0:
                        n = min(n, size - len(res))
            b = self.read(n)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint, 'hint')
        if hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """A raw stream's read and readall over its readinto."""
    __pyheap_tp_name__ = '_io._RawIOBase'

    __module__ = '_io'

    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """What a buffered stream cannot do unless it says otherwise; readinto over read."""
    __pyheap_tp_name__ = '_io._BufferedIOBase'

    __module__ = '_io'

    def read(self, size=-1):
        _unsupported('read')

    def read1(self, size=-1):
        _unsupported('read1')

    def write(self, b):
        _unsupported('write')

    def detach(self):
        _unsupported('detach')

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def _readinto(self, b, read1):
        view = b if isinstance(b, bytearray) else memoryview(b).cast('B')
        data = self.read1(len(view)) if read1 else self.read(len(view))
        n = len(data)
        view[:n] = data
        return n


# the standard streams' buffers (the runtime's) derive from it, as CPython's BufferedWriter does
_io._accelerate(_BufferedIOBase, 'bufferedbase')


class _TextIOBase(_IOBase):
    """What a text stream cannot do unless it says otherwise."""
    __pyheap_tp_name__ = '_io._TextIOBase'

    __module__ = '_io'

    def read(self, size=-1):
        _unsupported('read')

    def write(self, s):
        _unsupported('write')

    def readline(self, size=-1):
        _unsupported('readline')

    def detach(self):
        _unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class IOBase(_IOBase, metaclass=abc.ABCMeta):
    __doc__ = _IOBase.__doc__


class RawIOBase(_RawIOBase, IOBase):
    __doc__ = _RawIOBase.__doc__


class BufferedIOBase(_BufferedIOBase, IOBase):
    __doc__ = _BufferedIOBase.__doc__


class TextIOBase(_TextIOBase, IOBase):
    __doc__ = _TextIOBase.__doc__


for _stream in (sys.__stdout__, sys.__stderr__, sys.__stdin__):
    if _stream is not None:
        TextIOBase.register(type(_stream))
        BufferedIOBase.register(type(_stream.buffer))
del _stream


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


def _index(value, name='size'):
    if value is None:
        return -1
    if not hasattr(type(value), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
    return value.__index__()


# The in-memory streams are the runtime's types (CPython's bytesio.c and stringio.c); their bases
# are these classes, as in CPython's MRO.
BytesIO, StringIO = _io._memory_types(_BufferedIOBase, _TextIOBase)
BufferedIOBase.register(BytesIO)
TextIOBase.register(StringIO)


def _bytes_like(b):
    """The bytes of a bytes-like argument; CPython's TypeError for anything else."""
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str) or isinstance(b, (int, float, list, tuple, dict)) or b is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


def _integer(value):
    """An int argument through __index__, with CPython's TypeError."""
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


_O_RDONLY, _O_WRONLY, _O_RDWR = 0, 1, 2
_O_CREAT, _O_EXCL, _O_TRUNC, _O_APPEND, _O_CLOEXEC = 0o100, 0o200, 0o1000, 0o2000, 0o2000000


class FileIO(_RawIOBase):
    """Raw binary I/O over a posix descriptor: what the descriptor's read, write and lseek do."""
    __pyheap_tp_name__ = '_io.FileIO'

    __module__ = '_io'
    _fd = -1
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                _posix.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        kinds = plus = 0
        for c in mode:
            if c in 'rwxa':
                kinds += 1
            elif c == '+':
                plus += 1
            elif c != 'b':
                raise ValueError('invalid mode: %s' % mode)
            if kinds > 1 or plus > 1:
                break
        if kinds != 1 or plus > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        self._created = 'x' in mode
        self._appending = 'a' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        if self._readable and self._writable:
            flags = _O_RDWR
        elif self._readable:
            flags = _O_RDONLY
        else:
            flags = _O_WRONLY
        if 'x' in mode:
            flags |= _O_EXCL | _O_CREAT
        elif 'w' in mode:
            flags |= _O_CREAT | _O_TRUNC
        elif 'a' in mode:
            flags |= _O_APPEND | _O_CREAT
        flags |= _O_CLOEXEC
        self._seekable = None
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            import os
            path = os.fspath(file)
            if opener is None:
                try:
                    fd = _posix.open(os.fsdecode(path), flags, 0o666)
                except OSError as exc:
                    # posix takes the name as a str: the error names the path as it was given,
                    # so a bytes name stays bytes (FileNotFoundError ...: b'absent.dat')
                    if isinstance(path, bytes) and exc.filename is not None:
                        exc.filename = path
                    raise
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
            try:
                if os.path.isdir(path):
                    raise IsADirectoryError(21, 'Is a directory', file)
            except BaseException:
                _posix.close(fd)
                raise
        self._fd = fd
        self._closefd = bool(closefd)
        self.name = file
        if self._appending:
            try:
                _posix.lseek(fd, 0, 2)
            except OSError:
                pass

    def _check(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def _check_readable(self):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _check_writable(self):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, 1)
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def isatty(self):
        self._check()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._check_readable()
        size = _index(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check()
        if not self._readable:
            raise OSError(9, 'Bad file descriptor')
        chunks = []
        while True:
            chunk = _posix.read(self._fd, 262144)
            if not chunk:
                break
            chunks.append(chunk)
        return chunks[0] if len(chunks) == 1 else b''.join(chunks)

    def readinto(self, b):
        self._check_readable()
        view = b if isinstance(b, bytearray) else memoryview(b).cast('B')
        data = _posix.read(self._fd, len(view))
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        self._check_writable()
        return _posix.write(self._fd, _bytes_like(b))

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _posix.lseek(self._fd, _integer(pos), whence)

    def tell(self):
        self._check()
        return _posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, _integer(size))
        return size

    def close(self):
        if self._fd >= 0:
            try:
                _RawIOBase.close(self)
            finally:
                fd, self._fd = self._fd, -1
                if self._closefd:
                    _posix.close(fd)

    def __del__(self):
        if self._fd >= 0 and self._closefd:
            try:
                self.close()
            except Exception:
                pass

    def __repr__(self):
        name = 'FileIO' if type(self) is FileIO else type(self).__qualname__
        module = '_io' if type(self) is FileIO else type(self).__module__
        if self._fd < 0:
            return '<%s.%s [closed]>' % (module, name)
        try:
            shown = 'name=%r' % (self.name,)
        except AttributeError:
            shown = 'fd=%d' % self._fd
        return '<%s.%s %s mode=%r closefd=%r>' % (module, name, shown, self.mode, self._closefd)

    def __getstate__(self):
        _refuse_pickling(self)


RawIOBase.register(FileIO)
_io._accelerate(FileIO, 'fileio')


class _Buffered:
    """The methods the buffered streams share; each stream type takes the ones for its
    direction (BufferedReader reads, BufferedWriter writes, BufferedRandom does both).

    The read buffer is a bytes object and a position in it (what is before the position was
    read); the write buffer a bytearray of what was written and not yet handed to the raw
    stream. At most one of them holds data: a write after reading moves the raw stream back
    to the logical position, a read after writing flushes first."""

    _raw = None

    def _init(self, raw, buffer_size, kind):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self._buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = bytearray()

    def _attached(self):
        raw = self._raw
        if raw is None:
            raise ValueError('raw stream has been detached')
        return raw

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def mode(self):
        return self._attached().mode

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def _check(self, message):
        if self._attached().closed:
            raise ValueError(message)

    def tell(self):
        raw = self._attached()
        pos = raw.tell()
        if pos < 0:
            raise OSError('Raw stream returned invalid position %d' % pos)
        return pos - (len(self._rbuf) - self._rpos) + len(self._wbuf)

    def seek(self, pos, whence=0):
        raw = self._attached()
        pos = _integer(pos)
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        self._check('seek of closed file')
        if self._wbuf:
            self._flush_writes()
        rbuf = self._rbuf
        if rbuf and whence != 2:
            # a target within the read-ahead moves in it, the raw file stays where it is
            end = raw.tell()
            first = end - len(rbuf)
            target = pos if whence == 0 else first + self._rpos + pos
            if first <= target <= end:
                self._rpos = target - first
                return target
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        return raw.seek(pos, whence)

    def flush(self):
        raw = self._attached()
        if raw.closed:
            raise ValueError('flush of closed file')
        if self._wbuf:
            self._flush_writes()
        if self._rbuf and hasattr(self, '_flush_writes'):
            # (BufferedRandom) what was read ahead is given back, so the raw position is the
            # logical one; a BufferedReader keeps its read-ahead, as CPython's does
            raw.seek(self._rpos - len(self._rbuf), 1)
            self._rbuf = b''
            self._rpos = 0
        if self._wbuf is not None and hasattr(raw, 'flush') and self.writable():
            raw.flush()

    def close(self):
        raw = self._attached()
        if raw.closed:
            return
        try:
            if self.writable():
                self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._attached()
        self.flush()
        self._raw = None
        return raw

    def __del__(self):
        raw = self._raw
        if raw is None:
            return
        try:
            closed = raw.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def __repr__(self):
        name = type(self).__qualname__
        module = type(self).__module__
        try:
            shown = self.name
        except Exception:
            return '<%s.%s>' % (module, name)
        return '<%s.%s name=%r>' % (module, name, shown)

    def __getstate__(self):
        _refuse_pickling(self)

    # ---- reading

    def read(self, size=-1):
        raw = self._attached()
        size = _index(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._check('read of closed file')
        if self._wbuf:
            self._flush_writes()
        buf, pos = self._rbuf, self._rpos
        avail = len(buf) - pos
        if size < 0:
            self._rbuf = b''
            self._rpos = 0
            rest = raw.readall() if hasattr(raw, 'readall') else _RawIOBase.readall(raw)
            if rest is None:
                return buf[pos:] if avail else None
            return buf[pos:] + rest if avail else rest
        if size <= avail:
            self._rpos = pos + size
            return buf[pos:pos + size]
        parts = [buf[pos:]] if avail else []
        need = size - avail
        self._rbuf = b''
        self._rpos = 0
        while need > 0:
            chunk = raw.read(max(self._buffer_size, need))
            if not chunk:
                break
            if len(chunk) > need:
                parts.append(chunk[:need])
                self._rbuf = chunk
                self._rpos = need
                break
            parts.append(chunk)
            need -= len(chunk)
        return b''.join(parts)

    def read1(self, size=-1):
        raw = self._attached()
        size = _index(size)
        self._check('read of closed file')
        if self._wbuf:
            self._flush_writes()
        if size < 0:
            size = self._buffer_size
        if size == 0:
            return b''
        buf, pos = self._rbuf, self._rpos
        if pos < len(buf):
            end = min(len(buf), pos + size)
            self._rpos = end
            return buf[pos:end]
        chunk = raw.read(max(size, self._buffer_size))
        if not chunk:
            return b''
        if len(chunk) > size:
            self._rbuf = chunk
            self._rpos = size
            return chunk[:size]
        self._rbuf = b''
        self._rpos = 0
        return chunk

    def peek(self, size=0):
        raw = self._attached()
        self._check('peek of closed file')
        if self._wbuf:
            self._flush_writes()
        if self._rpos >= len(self._rbuf):
            chunk = raw.read(self._buffer_size)
            self._rbuf = chunk or b''
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def _readline(self, size=-1):
        # readline and __next__ are _io's (Java): they take a whole line from the buffer, and
        # come here for the rest
        raw = self._attached()
        size = _index(size)
        self._check('readline of closed file')
        if self._wbuf:
            self._flush_writes()
        buf, pos = self._rbuf, self._rpos
        i = buf.find(b'\n', pos)
        if i >= 0 and (size < 0 or i < pos + size):
            self._rpos = i + 1
            return buf[pos:i + 1]
        parts = []
        total = 0
        while True:
            end = len(buf) if size < 0 else min(len(buf), pos + size - total)
            i = buf.find(b'\n', pos, end)
            if i >= 0:
                parts.append(buf[pos:i + 1])
                self._rbuf, self._rpos = buf, i + 1
                break
            parts.append(buf[pos:end])
            total += end - pos
            self._rbuf, self._rpos = buf, end
            if size >= 0 and total >= size:
                break
            buf = raw.read(self._buffer_size)
            pos = 0
            if not buf:
                self._rbuf, self._rpos = b'', 0
                break
        return b''.join(parts)

    # ---- writing

    def write(self, b):
        raw = self._attached()
        if raw.closed:
            raise ValueError('write to closed file')
        data = _bytes_like(b)
        written = len(data)
        if self._rbuf:
            if self._rpos < len(self._rbuf):
                raw.seek(self._rpos - len(self._rbuf), 1)
            self._rbuf = b''
            self._rpos = 0
        size = self._buffer_size
        if len(self._wbuf) + len(data) <= size:
            self._wbuf += data
            return written
        # what is buffered goes first; then data itself while it is longer than the buffer
        self._flush_writes()
        while len(data) > size:
            n = raw.write(data)
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            data = data[n:]
        self._wbuf += data
        return written

    def _flush_writes(self):
        raw = self._raw
        data = self._wbuf
        while data:
            n = raw.write(data)
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            if n >= len(data):
                break
            data = data[n:]
        self._wbuf = bytearray()

    def truncate(self, pos=None):
        raw = self._attached()
        self._check('truncate of closed file')
        self.flush()
        if pos is None:
            pos = self.tell()
        return raw.truncate(pos)


def _buffered_type(name, doc, reads, writes, check):
    """A buffered stream type with the shared methods for its directions."""
    reading = {'read', 'read1', 'peek', '_readline', 'readable'}
    writing = {'write', '_flush_writes', 'truncate', 'writable'}
    ns = {}
    for key, value in _Buffered.__dict__.items():
        if key in ('__dict__', '__weakref__', '__doc__', '__module__', '__qualname__'):
            continue
        if key in reading and not reads or key in writing and not writes:
            continue
        ns[key] = value

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        check(raw)
        self._init(raw, buffer_size, name)
    ns['__init__'] = __init__
    ns['__module__'] = '_io'
    ns['__pyheap_tp_name__'] = '_io.' + name
    ns['__doc__'] = doc
    cls = type(name, (_BufferedIOBase,), ns)
    BufferedIOBase.register(cls)
    if reads:
        _io._accelerate(cls, 'buffered')
    if writes:
        _io._accelerate(cls, 'writer')
    return cls


def _must_read(raw):
    if not raw.readable():
        raise UnsupportedOperation('File or stream is not readable.')


def _must_write(raw):
    if not raw.writable():
        raise UnsupportedOperation('File or stream is not writable.')


def _must_both(raw):
    if not raw.seekable():
        raise UnsupportedOperation('File or stream is not seekable.')
    _must_read(raw)
    _must_write(raw)


BufferedReader = _buffered_type('BufferedReader', 'A buffer over a raw stream that reads.', True, False,
                                _must_read)
BufferedWriter = _buffered_type('BufferedWriter', 'A buffer over a raw stream that writes.', False, True,
                                _must_write)
BufferedRandom = _buffered_type('BufferedRandom', 'A buffer over a seekable raw stream that reads and writes.',
                                True, True, _must_both)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer as one stream (a socket's two directions)."""
    __pyheap_tp_name__ = '_io.BufferedRWPair'

    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def write(self, b):
        return self._writer.write(b)

    def peek(self, size=0):
        return self._reader.peek(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readinto1(self, b):
        return self._reader.readinto1(b)

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def flush(self):
        return self._writer.flush()

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    @property
    def closed(self):
        return self._writer.closed


BufferedIOBase.register(BufferedRWPair)


_NEWLINES = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'), ('\r', '\n', '\r\n'))


class IncrementalNewlineDecoder:
    """Universal newlines over another decoder (or none): '\\r\\n' and '\\r' seen become '\\n'
    when translate is true; the kinds seen are in newlines."""
    __pyheap_tp_name__ = '_io.IncrementalNewlineDecoder'

    __module__ = '_io'

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def getstate(self):
        buf, flag = (b'', 0) if self.decoder is None else self.decoder.getstate()
        return buf, (flag << 1) | int(self.pendingcr)

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self.seennl]


def _codec_name(encoding):
    """The text codec's normal name; LookupError for another codec, as _PyCodec_LookupTextEncoding."""
    import codecs
    return codecs._text_info(encoding, 'open').name.replace('_', '-')


def _codec_kind(encoding):
    """How the text layer splits a codec's input into chunks: 'utf-8' (a character is 1 to 4
    bytes, the lead byte says how many), 'byte' (one byte a character: latin-1, ASCII and the
    other single-byte tables), 'state' (UTF-16, UTF-32 and UTF-8 with signature: an incremental
    decoder whose state, the byte order its BOM chose or whether the BOM may still come, goes
    into tell()'s cookie), or 'whole' (the escape codecs: the rest of the stream is decoded at
    once)."""
    name = _codec_name(encoding)
    if name == 'utf-8':
        return 'utf-8'
    if name in _UTF_WIDTHS or name == 'utf-8-sig':
        return 'state'
    if name in ('unicode-escape', 'raw-unicode-escape'):
        return 'whole'
    return 'byte'


# the UTF-16 and UTF-32 codecs: code unit width and byte order (None: the BOM says, else native)
_UTF_WIDTHS = {'utf-16': (2, None), 'utf-16-le': (2, 'little'), 'utf-16-be': (2, 'big'),
               'utf-32': (4, None), 'utf-32-le': (4, 'little'), 'utf-32-be': (4, 'big')}


class _UTFDecoder:
    """The incremental decoder of a UTF-16 or UTF-32 codec, with the state CPython's
    (encodings.utf_16 and utf_32) report: the undecoded bytes, and for the codecs that read a
    BOM a flag, 2 before the BOM, then 0 for the machine's byte order and 1 for the other."""

    def __init__(self, name, errors):
        self.name = name
        self.width, self.fixed = _UTF_WIDTHS[name]
        self.errors = errors
        self.order = self.fixed
        self.pending = b''

    def _complete(self, data, final, order):
        """How many leading bytes of data to decode now: whole code units, and not a last
        high surrogate whose low half may follow."""
        width = self.width
        n = len(data) if final else len(data) - len(data) % width
        if width == 2 and not final and n >= 2:
            last = data[n - 2:n]
            unit = last[0] << 8 | last[1] if order == 'big' else last[1] << 8 | last[0]
            if 0xD800 <= unit < 0xDC00:
                n -= 2
        return n

    def decode(self, data, final=False):
        # the state changes only when the bytes decode: after an error they are still pending
        data = self.pending + data
        width = self.width
        order = self.order
        bom = b''
        if order is None:
            if len(data) < width and not final:
                self.pending = data
                return ''
            bom_le = b'\xff\xfe' if width == 2 else b'\xff\xfe\x00\x00'
            bom_be = b'\xfe\xff' if width == 2 else b'\x00\x00\xfe\xff'
            if data.startswith(bom_le):
                order, bom, data = 'little', bom_le, data[width:]
            elif data.startswith(bom_be):
                order, bom, data = 'big', bom_be, data[width:]
            elif data:
                # CPython's codec decodes in the machine's order first (its errors come first),
                # then refuses a stream that had whole code units and no BOM
                n = self._complete(data, final, sys.byteorder)
                native = 'utf-%d-%s' % (width * 8, 'le' if sys.byteorder == 'little' else 'be')
                data[:n].decode(native, self.errors)
                if n < width:
                    self.pending = data
                    return ''
                raise UnicodeError('UTF-%d stream does not start with BOM' % (width * 8))
            else:
                self.pending = b''
                return ''
        n = self._complete(data, final, order)
        if bom:
            # the codec that reads the BOM itself: its errors count their positions from it
            text = (bom + data[:n]).decode(self.name, self.errors)
        else:
            codec = 'utf-%d-%s' % (width * 8, 'le' if order == 'little' else 'be')
            text = data[:n].decode(codec, self.errors) if n else ''
        self.order = order
        self.pending = data[n:]
        return text

    def getstate(self):
        if self.fixed is not None:
            return self.pending, 0
        if self.order is None:
            return self.pending, 2
        return self.pending, int((sys.byteorder == 'big') != (self.order == 'big'))

    def setstate(self, state):
        self.pending, flag = state
        if self.fixed is None:
            other = 'little' if sys.byteorder == 'big' else 'big'
            self.order = sys.byteorder if flag == 0 else other if flag == 1 else None

    def reset(self):
        self.pending = b''
        self.order = self.fixed


class _ChunkDecoder:
    """The incremental decoder of a stateless codec (UTF-8 or one byte a character), with
    CPython's state: the bytes of an unfinished UTF-8 character, flags 0. Of UTF-8 with
    signature (first set) also whether the BOM may still come, as encodings.utf_8_sig's state
    says: 1 before the first three bytes are seen, 0 after."""

    def __init__(self, utf8, encoding, errors, first=0):
        self.utf8 = utf8
        self.encoding = encoding
        self.errors = errors
        self.sig = first
        self.first = first
        self.pending = b''

    def decode(self, data, final=False):
        data = self.pending + data
        if self.first:
            if len(data) < 3 and b'\xef\xbb\xbf'.startswith(data):
                self.pending = data
                return ''
            self.first = 0
            if data.startswith(b'\xef\xbb\xbf'):
                data = data[3:]
        n = len(data) if final or not self.utf8 else _utf8_complete(data)
        text = data[:n].decode(self.encoding, self.errors) if n else ''
        self.pending = data[n:]
        return text

    def getstate(self):
        return self.pending, self.first

    def setstate(self, state):
        self.pending, flags = state
        if self.sig:
            self.first = flags

    def reset(self):
        self.pending = b''
        self.first = self.sig


def _utf8_complete(data):
    """How many leading bytes of data end on a whole UTF-8 character: a last sequence that is
    the start of a valid one is left out, as CPython's incremental decoder holds it back (an
    invalid byte is decoded, or rejected, at once)."""
    n = len(data)
    i = n - 1
    stop = max(0, n - 3)
    while i >= stop:
        c = data[i]
        if c < 0x80:
            return n
        if c >= 0xC0:
            if c < 0xC2 or c > 0xF4:
                return n
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            if n - i >= need:
                return n
            if n - i > 1:
                second = data[i + 1]
                lo = 0xA0 if c == 0xE0 else 0x90 if c == 0xF0 else 0x80
                hi = 0x9F if c == 0xED else 0x8F if c == 0xF4 else 0xBF
                if not lo <= second <= hi:
                    return n
            return i
        i -= 1
    return n


def _cookie(decoder, flags, data, start, used, ratio):
    """CPython's tell() (textio.c's _io_TextIOWrapper_tell_impl) over the snapshot of the
    chunk being read: the decoder's flags before it and the bytes fed from start; used
    characters of it read. The last point at or before the position read where the decoder
    holds no bytes, found by a guess from the bytes-per-character ratio and then byte by byte;
    the cookie packs that point, the decoder's flags there, the bytes to feed from it, the
    characters to skip and whether the end must be signalled, as
    start | flags << 64 | bytes << 96 | chars << 128 | eof << 160 (C's cookie struct).
    The decoder is left in the state the search ends in (the caller restores its own); at the
    stream's start with flags 0 it is reset rather than set, as C's, which also forgets the
    newline kinds seen."""
    if used == 0:
        return start | flags << 64

    def restart():
        if start == 0 and flags == 0:
            decoder.reset()
        else:
            decoder.setstate((b'', flags))

    first = flags
    skip = int(ratio * used)
    back = 1
    while skip > 0:
        restart()
        # a guess past the bytes (the ratio is the last chunk's, the snapshot after a seek()
        # may be shorter) reads on into C's bytes object: its terminating NUL, then zeros here
        n = len(decoder.decode(data[:skip] if skip <= len(data) else data + bytes(skip - len(data))))
        if n <= used:
            held, state = decoder.getstate()
            if not held:
                flags = state
                used -= n
                break
            skip -= len(held)
            back = 1
        else:
            skip -= back
            back *= 2
    if skip <= 0:
        skip = 0
        flags = first
        restart()
    start += skip
    if used == 0:
        return start | flags << 64
    fed = decoded = eof = 0
    for i in range(skip, len(data)):
        decoded += len(decoder.decode(data[i:i + 1]))
        fed += 1
        held, state = decoder.getstate()
        if not held and decoded <= used:
            start += fed
            used -= decoded
            flags, fed, decoded = state, 0, 0
        if decoded >= used:
            break
    else:
        decoded += len(decoder.decode(b'', True))
        eof = 1
        if decoded < used:
            raise OSError("can't reconstruct logical file position")
    return start | flags << 64 | fed << 96 | used << 128 | eof << 160


class _TextLayer(_TextIOBase):
    """Text over a buffered binary stream.

    Reading decodes the buffer's bytes in chunks of _CHUNK_SIZE (read(n) asks for more when n
    characters need more): the current chunk's text (translated when the newline mode says) is
    _decoded and _dpos the characters of it read. The stateless codecs ('utf-8' and 'byte'
    kinds) keep what C's decoder state would be as bytes: _snap the bytes the chunk was decoded
    from and _held those read after them that do not yet make whole characters (a partial
    UTF-8 sequence; with universal newlines also a last '\\r' whose '\\n' may follow, C's
    pendingcr, which _chunk_cr says the chunk began with). The other codecs ('state') read
    through an incremental decoder object, as C's layer does: _snapshot is its flags before the
    chunk and the bytes fed since. tell() replays the chunk's bytes through such a decoder
    (_cookie) to find C's cookie, which carries the decoder's flags (a '\\r' held back, the
    byte order a BOM chose, whether a UTF-8 BOM may still come) for seek() to restore.
    Writing translates '\\n' to the newline asked for, encodes, and hands the bytes to the
    buffer (flushed at once when line buffering sees a line end or when writing through)."""

    __module__ = '_io'
    _CHUNK_SIZE = 8192
    _buffer = None
    # the state C keeps in the struct: stored apart from the instance's __dict__
    _fields = ('_kind', '_encoding', '_errors', '_buffer', '_line_buffering', '_write_through', '_newline',
               '_readuniversal', '_readtranslate', '_readnl', '_writetranslate', '_writenl', '_seekable',
               '_telling', '_has_read1', '_decoded', '_dpos', '_snap', '_held', '_seennl', '_encoder_started', '_chunk_cr', '_b2cratio', '_decoder', '_snapshot')

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is None or encoding == 'locale':
            # the locale's encoding, as CPython's _Py_GetLocaleEncoding: the current LC_CTYPE's
            # codeset, which only a program that imported locale can have changed from the
            # environment's UTF-8 (setlocale(LC_ALL, 'C') makes it 'ANSI_X3.4-1968')
            loc = sys.modules.get('locale')
            encoding = loc.getencoding() if loc is not None and hasattr(loc, 'getencoding') else 'UTF-8'
        self._kind = _codec_kind(encoding)
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._buffer = buffer
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._seekable = self._telling = buffer.seekable()
        self._has_read1 = hasattr(buffer, 'read1')
        self._reset_read()
        self._seennl = 0
        self._b2cratio = 0.0
        self._decoder = None
        self._encoder_started = False
        if self._seekable and buffer.writable():
            try:
                if buffer.tell() != 0:
                    self._encoder_started = True
            except OSError:
                pass

    def _set_newline(self, newline):
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'

    def _reset_read(self):
        self._decoded = ''
        self._dpos = 0
        self._snap = b''
        self._held = b''
        self._chunk_cr = False
        self._snapshot = None

    # ---- attributes

    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError('underlying buffer has been detached')
        return buffer

    @property
    def buffer(self):
        return self._attached()

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def newlines(self):
        if not self._readuniversal:
            return None
        if self._kind == 'state':
            return None if self._decoder is None else self._decoder.newlines
        return _NEWLINES[self._seennl]

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        return self._seekable

    def _check_open(self):
        if self._attached().closed:
            raise ValueError('I/O operation on closed file.')

    def __repr__(self):
        name = type(self).__qualname__
        module = type(self).__module__
        parts = ['<%s.%s' % (module, name)]
        try:
            shown = self.name
        except Exception:
            pass
        else:
            parts.append(' name=%r' % (shown,))
        mode = self.__dict__.get('mode')
        if mode is not None:
            parts.append(' mode=%r' % (mode,))
        parts.append(' encoding=%r>' % (self._encoding,))
        return ''.join(parts)

    def __getstate__(self):
        _refuse_pickling(self)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if self._decoded and (encoding is not None or errors is not None or newline is not Ellipsis):
            raise UnsupportedOperation('It is not possible to set the encoding or newline of stream after the first read')
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError("reconfigure() argument 'encoding' must be str or None, not %s"
                                % type(encoding).__name__)
            self._kind = _codec_kind(encoding)
            self._encoding = encoding
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError('illegal newline value: %s' % newline)
            self._set_newline(newline)
        if encoding is not None or errors is not None or newline is not Ellipsis:
            # C's layer makes its decoder anew for the new codec or newline mode
            self._decoder = None
        self.flush()
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # ---- writing

    def write(self, s):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not buffer.writable():
            raise UnsupportedOperation('not writable')
        length = len(s)
        lf = '\n' in s
        if lf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        buffer.write(self._encode(s))
        if self._write_through or self._line_buffering and (lf or '\r' in s):
            buffer.flush()
        # what was read ahead is dropped and the decoder reset (the newline kinds seen too)
        self._reset_read()
        self._seennl = 0
        if self._decoder is not None:
            self._decoder.reset()
        return length

    def _encode(self, s):
        """s encoded; the codecs with a BOM write it first at the stream's start, even for ''."""
        encoding = self._encoding
        if not self._encoder_started:
            self._encoder_started = True
        elif self._kind == 'state':
            name = _codec_name(encoding)
            if name in ('utf-16', 'utf-32'):
                encoding = name + ('-le' if sys.byteorder == 'little' else '-be')
            elif name == 'utf-8-sig':
                encoding = 'utf-8'
        return s.encode(encoding, self._errors)

    def flush(self):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        self._telling = self._seekable
        buffer.flush()

    def close(self):
        buffer = self._attached()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def __del__(self):
        buffer = self._buffer
        if buffer is None:
            return
        try:
            closed = buffer.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def detach(self):
        buffer = self._attached()
        self.flush()
        self._buffer = None
        return buffer

    # ---- reading

    def _decode(self, data, final):
        """The text of data (a stateless codec's whole characters), translated when the newline
        mode says, the newline kinds seen counted."""
        text = data.decode(self._encoding, self._errors)
        if self._readuniversal and ('\r' in text or '\n' in text):
            crlf = text.count('\r\n')
            cr = text.count('\r') - crlf
            lf = text.count('\n') - crlf
            self._seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
            if self._readtranslate:
                if crlf:
                    text = text.replace('\r\n', '\n')
                if cr:
                    text = text.replace('\r', '\n')
        return text

    def _feed(self, data, eof):
        """The stateless codecs' decoder fed data (after the bytes it held back): the whole
        characters decoded into _decoded, a partial UTF-8 sequence and, with universal newlines,
        a last '\\r' held back again unless at the end."""
        held = self._held
        # a '\r' held from the chunk before is what CPython's decoder keeps as its pendingcr flag
        chunk_cr = held[:1] == b'\r'
        if held:
            data = held + data
            held = b''
        if not eof:
            n = _utf8_complete(data) if self._kind == 'utf-8' else len(data)
            if n and data[n - 1] == 13 and self._readuniversal:
                n -= 1
            if n < len(data):
                held = data[n:]
                data = data[:n]
        # a decoding error leaves the state as it was (C's decoder keeps what it held)
        decoded = self._decode(data, eof) if data else ''
        self._chunk_cr = chunk_cr
        self._held = held
        self._snap = data
        self._decoded = decoded
        self._dpos = 0

    def _read_chunk(self):
        """readline's next chunk: at the end of the stream with nothing decoded, tell() has no
        snapshot to start from (C's readline drops it there)."""
        more = self._next_chunk()
        if not more and not self._decoded:
            self._snapshot = None
        return more

    def _get_decoder(self):
        name = _codec_name(self._encoding)
        if name == 'utf-8-sig':
            decoder = _ChunkDecoder(True, 'utf-8', self._errors, 1)
        else:
            decoder = _UTFDecoder(name, self._errors)
        if self._readuniversal:
            decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
        self._decoder = decoder
        return decoder

    def _chunk_size(self, size_hint):
        """textiowrapper_read_chunk's read size: _CHUNK_SIZE, or more for read(n) when n
        characters at the last chunk's bytes per character need more."""
        if size_hint > 0:
            return max(self._CHUNK_SIZE, int(max(self._b2cratio, 1.0) * size_hint))
        return self._CHUNK_SIZE

    def _state_chunk(self, size_hint):
        """_next_chunk for a decoder with state (textio.c's textiowrapper_read_chunk): the
        decoder's flags before the chunk and the bytes fed from there are the snapshot tell()
        starts from."""
        decoder = self._decoder or self._get_decoder()
        pending, flags = decoder.getstate()
        buffer = self._buffer
        size = self._chunk_size(size_hint)
        data = buffer.read1(size) if self._has_read1 else buffer.read(size)
        if data is None:
            data = b''
        eof = not data
        text = decoder.decode(data, eof)
        self._decoded = text
        self._dpos = 0
        if text:
            self._b2cratio = len(data) / len(text)
        else:
            self._b2cratio = 0.0
        if self._telling:
            self._snapshot = (flags, pending + data)
        # C's: at the end, the characters the decoder gave back (a '\r' it held) still count
        return not eof or bool(text)

    def _next_chunk(self, size_hint=0):
        """The next chunk decoded into _decoded; false at the end of the stream."""
        if self._kind == 'state':
            return self._state_chunk(size_hint)
        buffer = self._buffer
        if self._kind == 'whole':
            data = buffer.read()
            eof = True
        else:
            size = self._chunk_size(size_hint)
            data = buffer.read1(size) if self._has_read1 else buffer.read(size)
            eof = not data
        if data is None:
            data = b''
        self._feed(data, eof)
        self._b2cratio = len(data) / len(self._decoded) if self._decoded else 0.0
        return not eof or bool(self._decoded)

    def _check_readable(self):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not buffer.readable():
            raise UnsupportedOperation('not readable')
        return buffer

    def read(self, size=-1):
        buffer = self._check_readable()
        if size is not None and not isinstance(size, int):
            if getattr(type(size), '__index__', None) is None:
                raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        size = _index(size)
        if self._wrote_pending():
            buffer.flush()
        if size < 0 and self._kind == 'state':
            decoder = self._decoder or self._get_decoder()
            rest = self._decoded[self._dpos:]
            text = rest + decoder.decode(buffer.read() or b'', True)
            self._decoded = ''
            self._dpos = 0
            self._snapshot = None
            return text
        if size < 0:
            rest = self._decoded[self._dpos:]
            data = self._held + (buffer.read() or b'')
            self._reset_read()
            if data:
                tail = self._decode(data, True)
                return rest + tail if rest else tail
            return rest
        parts = []
        need = size
        while need > 0:
            d, pos = self._decoded, self._dpos
            take = min(need, len(d) - pos)
            if take > 0:
                parts.append(d[pos:pos + take])
                self._dpos = pos + take
                need -= take
            if need > 0 and not self._next_chunk(need) and not self._decoded:
                break
        return ''.join(parts)

    def _wrote_pending(self):
        buffer = self._buffer
        return getattr(buffer, '_wbuf', None)

    def _readline(self, size=-1):
        # readline and __next__ are _io's (Java): they take a whole line from the decoded chunk
        # in the common modes, and come here for the rest. As C's _textiowrapper_readline: a
        # chunk is decoded first even for size 0; a line end that may go on into the next
        # chunk ('\r' of '\r\n') is carried over to it (remaining), the chunk before counting
        # as read.
        buffer = self._attached()
        if size != -1:
            size = -1 if size is None else _integer(size)
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not self._decoded and not buffer.readable():
            raise UnsupportedOperation('not readable')
        parts = []
        chunked = 0
        remaining = ''
        line = None
        start = end = offset = 0
        while True:
            more = True
            while not self._decoded:
                more = self._read_chunk()
                if not more:
                    break
            if not more:
                self._decoded = ''
                self._dpos = 0
                self._snapshot = None
                line = None
                break
            if remaining:
                line = remaining + self._decoded
                start = 0
                offset = len(remaining)
                remaining = ''
            else:
                line = self._decoded
                start = self._dpos
                offset = 0
            end, consumed = self._line_end(line, start)
            if end >= 0:
                if size >= 0 and end - start + chunked >= size:
                    end = start + size - chunked
                break
            end = consumed
            if size >= 0 and end - start + chunked >= size:
                end = start + size - chunked
                break
            if end > start:
                parts.append(line[start:end])
                chunked += end - start
            if end < len(line):
                remaining = line[end:]
            line = None
            self._decoded = ''
            self._dpos = 0
        if line is not None:
            self._dpos = end - offset
            line = line[start:end]
        if remaining:
            parts.append(remaining)
        if parts:
            if line:
                parts.append(line)
            return ''.join(parts)
        return line or ''

    def _line_end(self, d, pos):
        """C's _PyIO_find_line_ending over d[pos:]: where the line ends (after its newline)
        and -1, or -1 and how far the text can be set aside (all of it but a last '\\r' that
        may begin a '\\r\\n' newline)."""
        if self._readtranslate:
            i = d.find('\n', pos)
            return (-1, len(d)) if i < 0 else (i + 1, 0)
        if self._readuniversal:
            i = d.find('\n', pos)
            j = d.find('\r', pos)
            if j < 0:
                return (-1, len(d)) if i < 0 else (i + 1, 0)
            if 0 <= i < j:
                return i + 1, 0
            return (j + 2 if d.startswith('\n', j + 1) else j + 1), 0
        nl = self._readnl
        i = d.find(nl, pos)
        if i >= 0:
            return i + len(nl), 0
        if len(nl) > 1 and len(d) > pos and d.endswith(nl[0]):
            return -1, len(d) - 1
        return -1, len(d)

    def __iter__(self):
        self._check_open()
        return self

    def readlines(self, hint=None):
        self._check_open()
        return _IOBase.readlines(self, hint)

    # ---- positions

    def tell(self):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self.flush()
        position = buffer.tell()
        if self._kind == 'state':
            decoder = self._decoder
            if decoder is None or self._snapshot is None:
                return position
            flags, data = self._snapshot
            saved = decoder.getstate()
            try:
                return _cookie(decoder, flags, data, position - len(data), self._dpos, self._b2cratio)
            finally:
                decoder.setstate(saved)
        if not self._decoded and not self._held:
            return position
        if self._kind == 'whole':
            unread = self._decoded[self._dpos:].encode(self._encoding, self._errors)
            return position - len(self._held) - len(unread)
        # the chunk's bytes replayed through a decoder like C's, from the state it began in
        data = self._snap + self._held
        flags = int(self._chunk_cr)
        if flags:
            data = data[1:]
        decoder = _ChunkDecoder(self._kind == 'utf-8', self._encoding, self._errors)
        if self._readuniversal:
            decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
            decoder.seennl = self._seennl
        try:
            return _cookie(decoder, flags, data, position - len(data), self._dpos, self._b2cratio)
        finally:
            if self._readuniversal:
                self._seennl = decoder.seennl

    def _state_seek(self, start, flags, fed, skip, eof):
        buffer = self._attached()
        decoder = self._decoder or self._get_decoder()
        if start == 0 and flags == 0:
            decoder.reset()
        else:
            decoder.setstate((b'', flags))
        self._snapshot = (flags, b'')
        if skip:
            data = buffer.read(fed)
            self._decoded = decoder.decode(data, bool(eof))
            self._snapshot = (flags, data)
            if len(self._decoded) < skip:
                raise OSError("can't restore logical file position")
            self._dpos = skip

    def seek(self, cookie, whence=0):
        buffer = self._attached()
        if buffer.closed:
            raise ValueError('I/O operation on closed file.')
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        cookie = _integer(cookie)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            if self._decoder is not None:
                self._decoder.reset()
            self._seennl = 0
            position = buffer.seek(0, 2)
            self._encoder_started = position != 0
            return position
        elif whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        self.flush()
        # the cookie tell() packs: the start position, the decoder's flags there, the bytes to
        # feed from it, the characters of their text to skip, whether the end is signalled
        start = cookie & 0xFFFFFFFFFFFFFFFF
        flags = cookie >> 64 & 0xFFFFFFFF
        fed = cookie >> 96 & 0xFFFFFFFF
        skip = cookie >> 128 & 0xFFFFFFFF
        eof = cookie >> 160 & 0xFF
        buffer.seek(start)
        self._reset_read()
        # the decoder set to the cookie's state; at the start, with flags 0, reset as C's is
        if self._kind == 'state':
            self._state_seek(start, flags, fed, skip, eof)
        else:
            if start == 0 and flags == 0:
                self._seennl = 0
            if flags & 1 and self._readuniversal:
                self._held = b'\r'
                self._chunk_cr = True
            if skip:
                self._feed(buffer.read(fed), bool(eof))
                if len(self._decoded) < skip:
                    raise OSError("can't restore logical file position")
                self._dpos = skip
        # the encoder writes a BOM again only from the start
        self._encoder_started = start != 0 or flags != 0
        return cookie

    def truncate(self, pos=None):
        buffer = self._attached()
        self.flush()
        if pos is None:
            pos = self.tell()
        return buffer.truncate(pos)


# One type for every text stream, as CPython's: the runtime's _io.TextIOWrapper (the type of
# sys.stdout) runs this class's methods for the text layers open() makes.
TextIOWrapper = _io._text_layer(_TextLayer)
del _TextLayer
TextIOBase.register(TextIOWrapper)
_io._accelerate(TextIOWrapper, 'text')


def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
          opener=None):
    """open()'s work: the raw file, the buffer over it, the text layer over that."""
    if not isinstance(file, int):
        import os
        file = os.fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    buffering = _integer(buffering)
    for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        if value is not None and not isinstance(value, str):
            raise TypeError("open() argument '%s' must be str or None, not %s" % (what, type(value).__name__))
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    kinds = creating + reading + writing + appending
    if kinds > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if kinds == 0:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %s' % newline)
    if not binary and encoding is not None and encoding != 'locale':
        _codec_kind(encoding)
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default "
                      "buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file, (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '')
                 + (appending and 'a' or '') + (updating and '+' or ''), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            result = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            result = BufferedWriter(raw, buffering)
        else:
            result = BufferedReader(raw, buffering)
        if binary:
            return result
        result = TextIOWrapper(result, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def _standard_raw(fd, name, mode):
    """The FileIO under a standard stream's buffer (the runtime's own streams ask for it)."""
    raw = FileIO(fd, mode, closefd=False)
    raw.name = name
    return raw


# _io holds what CPython's does: the classes (its functions here are the fast paths above)
for _name in ('FileIO', 'BytesIO', 'StringIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom',
              'BufferedRWPair', 'TextIOWrapper', 'IncrementalNewlineDecoder', 'UnsupportedOperation',
              'open', 'open_code', 'text_encoding', 'DEFAULT_BUFFER_SIZE', '_IOBase', '_RawIOBase',
              '_BufferedIOBase', '_TextIOBase'):
    setattr(_io, _name, globals()[_name])
del _name


# Frames that CPython runs in C leave no traceback entry: io's classes and open are _io's, written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), module='_io')
del _pyheap_c
