"""The gzip module, as CPython 3.11's for what programs use: compress and decompress (several
members, CPython's header bytes and errors), open (binary and text modes), GzipFile over a file
name or a file object (read, read1, readline, readlines, iteration, peek, write, close, the
with-statement, name, mode, mtime), BadGzipFile. The compressed data is zlib's (raw deflate)."""

import builtins
import io
import os
import _compression
import struct
import sys
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    flags = FNAME if fname else 0
    head = bytes([0x1f, 0x8b, 8, flags]) + struct.pack("<L", int(mtime) & 0xffffffff)
    head += bytes([_xfl(compresslevel), 255])
    if fname:
        head += fname + b'\0'
    return head


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    if mtime == 0:
        # CPython 3.11 hands this case to zlib's own gzip wrapper (its header says OS 3, not 255)
        return zlib.compress(data, level=compresslevel, wbits=31)
    data = bytes(memoryview(data))
    return (_header(compresslevel, mtime) + zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
            + struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff))


def _read_exact(fp, n):
    """n bytes of fp, reading again after a short read; EOFError at the end."""
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        data += more
    return data


def _skip_field(fp):
    # a zero-terminated name or comment; the data's end ends it too
    while True:
        byte = fp.read(1)
        if not byte or byte == b'\0':
            return


def _read_gzip_header(fp):
    """Reads a member's header from fp: its mtime, or None at the end of the data."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    if flag & FNAME:
        _skip_field(fp)
    if flag & FCOMMENT:
        _skip_field(fp)
    if flag & FHCRC:
        _read_exact(fp, 2)
    return mtime


def decompress(data):
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b''.join(members)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(data[fp.tell():])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, length = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        # zero padding after a member is skipped, as gzip -d does
        data = d.unused_data[8:].lstrip(b"\0")


class GzipFile(io.BufferedIOBase):
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._data = None
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
            self._crc = 0
            self._size = 0
            fname = os.path.basename(filename)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            self._header = _header(compresslevel, mtime, fname)
            self._wrote_header = False
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.compresslevel = compresslevel
        self.fileobj = fileobj
        self._mtime = mtime

    @property
    def mtime(self):
        return self._mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")
        if self._data is None:
            self._data = decompress(self.fileobj.read())
            if self._mtime is None:
                self._mtime = 0

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            if not self._wrote_header:
                self.fileobj.write(self._header)
                self._wrote_header = True
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
        return length

    def read(self, size=-1):
        self._check_read('read')
        if size is None or size < 0:
            size = len(self._data) - self._pos
        out = self._data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_read('peek')
        return self._data[self._pos:]

    def readline(self, size=-1):
        self._check_read('readline')
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._pos if self.mode == READ else self._size

    def seek(self, offset, whence=0):
        self._check_read('seek')
        base = {0: 0, 1: self._pos, 2: len(self._data)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def rewind(self):
        self._check_read('rewind')
        self._pos = 0

    def fileno(self):
        return self.fileobj.fileno()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            if not self._wrote_header:
                self.fileobj.write(self._header)
                self._wrote_header = True
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                if not self._wrote_header:
                    fileobj.write(self._header)
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


class _TextGzip:
    """open()'s text modes: str over a GzipFile (UTF-8 unless encoding says), lines split at '\\n'."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or 'UTF-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self._text = None
        self._pos = 0

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} encoding={self.encoding!r}>"

    def _load(self):
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        data = s
        if self._newline not in (None, '', '\n'):
            data = data.replace('\n', self._newline)
        self.buffer.write(data.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        text = self._load()
        if size is None or size < 0:
            size = len(text) - self._pos
        out = text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        text = self._load()
        end = text.find('\n', self._pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self.buffer.flush()

    def close(self):
        # as io.TextIOWrapper: flushed first (GzipFile.flush writes a sync-flushed block), then closed
        if not self.buffer.closed:
            self.buffer.flush()
            self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    _compression.check_open_arguments(mode, encoding, errors, newline)
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextGzip(binary_file, encoding, errors, newline)
    return binary_file
