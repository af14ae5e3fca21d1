"""The io module, as CPython 3.11's for what programs use: StringIO and BytesIO (in-memory
streams, the classes CPython's _io writes in C, here written in Python with the same behaviour and
messages), open (the built-in), the abstract bases (IOBase, RawIOBase, BufferedIOBase, TextIOBase)
with the stream types registered, UnsupportedOperation, TextIOWrapper (the type of sys.stdout and
of text files), the SEEK_* constants."""

import abc
import sys
import posix as _posix

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
open_code = open


class UnsupportedOperation(OSError, ValueError):
    pass



class IOBase(metaclass=abc.ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


TextIOWrapper = type(sys.__stdout__)
TextIOBase.register(TextIOWrapper)


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


def _index(value, name='size'):
    if value is None:
        return -1
    if not hasattr(type(value), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
    return value.__index__()


class _Lines:
    """Iteration by lines for a stream with readline(): readlines, __iter__, __next__."""

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _Memory(_Lines):
    """What StringIO and BytesIO share: the position, closing, seek/tell, iteration, context."""

    __module__ = '_io'
    _closed_message = 'I/O operation on closed file.'

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_closed()
        return self._pos

    def __enter__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def readlines(self, hint=None):
        hint = _index(hint, 'hint')
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def _read_span(self, size):
        """The start and end of the next read of size (negative: to the end)."""
        self._check_closed()
        size = _index(size)
        length = self._length()
        start = min(self._pos, length)
        end = length if size < 0 else min(length, start + size)
        return start, end


IOBase.register(_Memory)


class StringIO(_Memory):
    """Text I/O in memory."""

    __module__ = '_io'
    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._text = ''
        self._tail = []            # appended pieces not yet joined into _text
        self._size = 0
        self._pos = 0
        self._seen = 0             # the kinds of newlines read so far (for .newlines)
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _length(self):
        return self._size

    def _value(self):
        if self._tail:
            self._text += ''.join(self._tail)
            self._tail = []
        return self._text

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None and self._newline != '':
            return None
        kinds = [n for bit, n in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        written = len(s)
        if self._newline is None or self._newline == '':
            if '\r' in s:
                crlf = s.count('\r\n')
                self._seen |= (4 if crlf else 0) | (1 if s.count('\r') > crlf else 0) | (2 if s.count('\n') > crlf else 0)
                if self._newline is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= 2
        elif self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        if not s:
            return written
        pos = self._pos
        if pos == self._size:
            self._tail.append(s)
        else:
            text = self._value()
            if pos > self._size:
                text += '\0' * (pos - self._size)
            text = text[:pos] + s + text[pos + len(s):]
            self._text = text
        self._pos = pos + len(s)
        self._size = max(self._size, self._pos)
        return written

    def getvalue(self):
        self._check_closed()
        return self._value()

    def read(self, size=-1):
        start, end = self._read_span(size)
        self._pos = end
        return self._value()[start:end]

    def readline(self, size=-1):
        start, end = self._read_span(size)
        text = self._value()
        newline = self._newline
        if newline is None or newline == '\n':
            stop = text.find('\n', start, end)
            stop = end if stop < 0 else stop + 1
        elif newline == '':
            stop = end
            for i in range(start, end):
                ch = text[i]
                if ch == '\n':
                    stop = i + 1
                    break
                if ch == '\r':
                    stop = i + 2 if i + 1 < end and text[i + 1] == '\n' else i + 1
                    break
        else:
            stop = text.find(newline, start, end)
            stop = end if stop < 0 else stop + len(newline)
        self._pos = stop
        return text[start:stop]

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._size:
            self._text = self._value()[:size]
            self._size = size
        return size

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


TextIOBase.register(StringIO)


class BytesIO(_Memory):
    """Binary I/O in memory."""

    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf += memoryview(initial_bytes).tobytes() if not isinstance(initial_bytes, (bytes, bytearray)) \
                else initial_bytes

    def _length(self):
        return len(self._buf)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)) and not hasattr(b, 'tobytes'):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        if not isinstance(b, (bytes, bytearray)):
            b = b.tobytes()
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += bytes(pos - len(self._buf))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def read(self, size=-1):
        start, end = self._read_span(size)
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        start, end = self._read_span(size)
        stop = self._buf.find(b'\n', start, end)
        stop = end if stop < 0 else stop + 1
        self._pos = stop
        return bytes(self._buf[start:stop])

    def readinto(self, buffer):
        start, end = self._read_span(len(buffer))
        buffer[:end - start] = self._buf[start:end]
        self._pos = end
        return end - start

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size


BufferedIOBase.register(BytesIO)


class _DescriptorFile(_Lines):
    """A file over a descriptor of posix, which open() returns for the modes that write ('w',
    'a', 'x', '+'): bytes for binary modes, str for text ones (UTF-8 unless encoding says)."""

    def __init__(self, fd, name, mode, encoding=None):
        self.fd = fd
        self.name = name
        self.mode = mode
        self.closed = False
        self._binary = 'b' in mode
        self._encoding = encoding or 'utf-8'
        if not self._binary:
            self.encoding = encoding or 'UTF-8'

    def _check(self, binary_message='I/O operation on closed file.'):
        if self.closed:
            raise ValueError(binary_message if self._binary else 'I/O operation on closed file.')

    def fileno(self):
        self._check()
        return self.fd

    def write(self, data):
        self._check('write to closed file')
        if self._binary:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
            _posix.write(self.fd, bytes(data))
        else:
            if not isinstance(data, str):
                raise TypeError(f'write() argument must be str, not {type(data).__name__}')
            _posix.write(self.fd, data.encode(self._encoding))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check('read of closed file')
        if size is None or size < 0:
            chunks = []
            while True:
                chunk = _posix.read(self.fd, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
            data = b''.join(chunks)
        else:
            data = _posix.read(self.fd, size)
        return data if self._binary else data.decode(self._encoding)

    def readline(self):
        self._check()
        chunks = []
        while True:
            c = _posix.read(self.fd, 1)
            if not c:
                break
            chunks.append(c)
            if c == b'\n':
                break
        data = b''.join(chunks)
        return data if self._binary else data.decode(self._encoding)

    def seek(self, offset, whence=0):
        self._check()
        return _posix.lseek(self.fd, offset, whence)

    def tell(self):
        self._check()
        return _posix.lseek(self.fd, 0, 1)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            _posix.close(self.fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __del__(self):
        self.close()

    def readable(self):
        return 'r' in self.mode or '+' in self.mode

    def writable(self):
        return 'r' not in self.mode or '+' in self.mode

    def __repr__(self):
        if self._binary:
            kind = 'BufferedRandom' if '+' in self.mode else 'BufferedWriter'
            return f"<_io.{kind} name={self.name!r}>"
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


def _open_descriptor_file(file, mode, encoding):
    """open(file, mode) for a mode that writes or updates."""
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if any(c not in 'rwxab+t' for c in mode) or len(set(mode)) != len(mode):
        raise ValueError(f"invalid mode: '{mode}'")
    if 't' in mode and 'b' in mode:
        raise ValueError("can't have text and binary mode at once")
    kinds = sum(c in mode for c in 'rwax')
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if kinds == 0:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if 'b' in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    flags = 2 if '+' in mode else (0 if 'r' in mode else 1)
    if 'w' in mode:
        flags |= 0o100 | 0o1000
    elif 'a' in mode:
        flags |= 0o100 | 0o2000
    elif 'x' in mode:
        flags |= 0o100 | 0o200
    fd = _posix.open(file, flags, 0o666)
    return _DescriptorFile(fd, file, mode, encoding)
