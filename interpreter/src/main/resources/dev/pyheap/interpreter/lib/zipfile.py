"""ZIP archives: reading, writing, appending; stored and deflated members; ZIP64.

The layout. A member is a local header (signature PK\\3\\4, versions, flags, method, DOS time
and date, CRC-32, sizes, name and extra field) followed by its data, and, for members written to
a file that cannot seek, a data descriptor with the CRC and sizes. After the members comes the
central directory: one entry per member (the local header's fields again, plus comment,
attributes and the local header's offset). Last is the end record (entry count, directory size
and offset, archive comment). Sizes, offsets and counts too large for its 32- or 16-bit fields
are written as all-ones there and carried by ZIP64 records: an extra field (id 1) with the
64-bit values, and a ZIP64 end record with its locator just before the end record.

Reading starts at the end: the end record is found by its signature (it may be followed by a
comment of up to 64 KiB), a ZIP64 locator before it is followed, and the directory is read into
ZipInfo objects. The difference between where the directory is and where the end record says it
is gives the length of any bytes before the archive (a self-extracting stub); every offset is
shifted by it.

Writing puts each member's local header with zero sizes, its data, then (on a seekable file)
rewrites the header with the CRC and sizes. Closing writes the directory and the end records.

Structure: the record layouts (_Layout, one per record kind); ZipInfo; the compressors; the
member files (ZipExtFile for reading, _ZipWriteFile for writing); ZipFile; Path. Not here:
encryption, the bzip2 and lzma methods unless their modules exist, PyZipFile.writepy and the
command line.
"""

import binascii
import io
import os
import posixpath
import shutil
import stat
import struct
import sys
import threading
import time

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

try:
    import bz2
except ImportError:
    bz2 = None

try:
    import lzma
except ImportError:
    lzma = None

__all__ = [
    "BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
    "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile", "Path",
]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """An archive that needs ZIP64 records while they are not allowed."""


error = BadZipfile = BadZipFile

# the limits past which ZIP64 records are written (read at each use: tests may lower them)
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_MASK_ENCRYPTED = 0x0001
_MASK_COMPRESS_OPTION_1 = 0x0002
_MASK_USE_DATA_DESCRIPTOR = 0x0008
_MASK_COMPRESSED_PATCH = 0x0020
_MASK_STRONG_ENCRYPTION = 0x0040
_MASK_UTF_FILENAME = 0x0800

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2',
    14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}


class _Layout:
    """One record kind: its signature and its fields in order, as a struct format."""

    def __init__(self, signature, fields):
        self.signature = signature
        self.names = [name for name, _ in fields]
        self.format = "<4s" + "".join(code for _, code in fields)
        self.size = struct.calcsize(self.format)

    def pack(self, *values):
        return struct.pack(self.format, self.signature, *values)

    def unpack(self, data):
        """The fields as a dict (and the signature as read, under 'signature')."""
        values = struct.unpack(self.format, data)
        record = dict(zip(self.names, values[1:]))
        record["signature"] = values[0]
        return record


_LOCAL = _Layout(b"PK\003\004", [
    ("extract_version", "B"), ("reserved", "B"), ("flag_bits", "H"), ("compress_type", "H"),
    ("time", "H"), ("date", "H"), ("CRC", "L"), ("compress_size", "L"), ("file_size", "L"),
    ("name_length", "H"), ("extra_length", "H")])
_CENTRAL = _Layout(b"PK\001\002", [
    ("create_version", "B"), ("create_system", "B"), ("extract_version", "B"),
    ("reserved", "B"), ("flag_bits", "H"), ("compress_type", "H"), ("time", "H"),
    ("date", "H"), ("CRC", "L"), ("compress_size", "L"), ("file_size", "L"),
    ("name_length", "H"), ("extra_length", "H"), ("comment_length", "H"), ("disk_start", "H"),
    ("internal_attr", "H"), ("external_attr", "L"), ("header_offset", "L")])
_END = _Layout(b"PK\005\006", [
    ("disk", "H"), ("disk_with_directory", "H"), ("entries_here", "H"), ("entries", "H"),
    ("size", "L"), ("offset", "L"), ("comment_length", "H")])
_END64 = _Layout(b"PK\006\006", [
    ("record_size", "Q"), ("create_version", "H"), ("extract_version", "H"), ("disk", "L"),
    ("disk_with_directory", "L"), ("entries_here", "Q"), ("entries", "Q"), ("size", "Q"),
    ("offset", "Q")])
_LOCATOR64 = _Layout(b"PK\006\007", [
    ("disk_with_end64", "L"), ("end64_offset", "Q"), ("disks", "L")])
_DD_SIGNATURE = 0x08074b50

# the names CPython's module has for these layouts
structFileHeader = _LOCAL.format
stringFileHeader = _LOCAL.signature
sizeFileHeader = _LOCAL.size
structCentralDir = _CENTRAL.format
stringCentralDir = _CENTRAL.signature
sizeCentralDir = _CENTRAL.size
structEndArchive = _END.format.encode()
stringEndArchive = _END.signature
sizeEndCentDir = _END.size
structEndArchive64 = _END64.format
stringEndArchive64 = _END64.signature
sizeEndCentDir64 = _END64.size
structEndArchive64Locator = _LOCATOR64.format
stringEndArchive64Locator = _LOCATOR64.signature
sizeEndCentDir64Locator = _LOCATOR64.size
stringDataDescriptor = b"PK\x07\x08"


def _check_compression(compression):
    needs = {ZIP_DEFLATED: (zlib, "zlib"), ZIP_BZIP2: (bz2, "bz2"), ZIP_LZMA: (lzma, "lzma")}
    if compression == ZIP_STORED:
        return
    if compression not in needs:
        raise NotImplementedError("That compression method is not supported")
    module, name = needs[compression]
    if not module:
        raise RuntimeError("Compression requires the (missing) %s module" % name)


def _strip_extra(extra, xids):
    """`extra` without its fields whose ids are in `xids`."""
    kept = []
    at = 0
    removed = False
    while at + 4 <= len(extra):
        xid, length = struct.unpack("<HH", extra[at:at + 4])
        end = at + 4 + length
        if xid in xids:
            removed = True
        else:
            kept.append(extra[at:end])
        at = end
    if not removed:
        return extra
    kept.append(extra[at:])
    return b"".join(kept)


def _dos_stamp(date_time):
    """(DOS date, DOS time) of a (year, month, day, hour, minute, second) tuple."""
    year, month, day, hour, minute, second = date_time[:6]
    return (year - 1980) << 9 | month << 5 | day, hour << 11 | minute << 5 | second // 2


def _date_time_of(date, time_):
    return ((date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F,
            time_ >> 11, (time_ >> 5) & 0x3F, (time_ & 0x1F) * 2)


def _versions_needed(compress_type, zip64):
    needed = ZIP64_VERSION if zip64 else 0
    if compress_type == ZIP_BZIP2:
        needed = max(needed, BZIP2_VERSION)
    elif compress_type == ZIP_LZMA:
        needed = max(needed, LZMA_VERSION)
    return needed


# ---------------------------------------------------------------- finding the end record

def _read_end64(fp, end_at_from_eof, record):
    """`record` updated from the ZIP64 end record, when a locator precedes the end record."""
    try:
        fp.seek(end_at_from_eof - _LOCATOR64.size, 2)
    except OSError:
        return record
    raw = fp.read(_LOCATOR64.size)
    if len(raw) != _LOCATOR64.size:
        return record
    locator = _LOCATOR64.unpack(raw)
    if locator["signature"] != _LOCATOR64.signature:
        return record
    if locator["disk_with_end64"] != 0 or locator["disks"] > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(end_at_from_eof - _LOCATOR64.size - _END64.size, 2)
    raw = fp.read(_END64.size)
    if len(raw) != _END64.size:
        return record
    end64 = _END64.unpack(raw)
    if end64["signature"] != _END64.signature:
        return record
    for key in ("signature", "disk", "disk_with_directory", "entries_here", "entries", "size",
                "offset"):
        record[key] = end64[key]
    return record


def _read_end(fp):
    """The end record as a dict (with 'comment' and 'location'), or None if there is none."""
    fp.seek(0, 2)
    file_size = fp.tell()
    try:
        fp.seek(-_END.size, 2)
    except OSError:
        return None
    tail = fp.read()
    # the usual case: no archive comment, the record is the last 22 bytes
    if len(tail) == _END.size and tail[0:4] == _END.signature and tail[-2:] == b"\0\0":
        record = _END.unpack(tail)
        record["comment"] = b""
        record["location"] = file_size - _END.size
        return _read_end64(fp, -_END.size, record)
    search_from = max(file_size - (1 << 16) - _END.size, 0)
    fp.seek(search_from, 0)
    tail = fp.read()
    at = tail.rfind(_END.signature)
    if at < 0:
        return None
    raw = tail[at:at + _END.size]
    if len(raw) != _END.size:
        return None
    record = _END.unpack(raw)
    record["comment"] = tail[at + _END.size:at + _END.size + record["comment_length"]]
    record["location"] = search_from + at
    return _read_end64(fp, search_from + at - file_size, record)


def is_zipfile(filename):
    """Whether `filename` (a path or a file object) ends with a ZIP end record."""
    try:
        if hasattr(filename, "read"):
            return _read_end(filename) is not None
        with open(filename, "rb") as fp:
            return _read_end(fp) is not None
    except OSError:
        return False


# ---------------------------------------------------------------- ZipInfo

class ZipInfo(object):
    """One member's metadata: the fields of its central directory entry."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # a NUL ends the name; the archive's separator is '/'
        filename = filename.partition(chr(0))[0]
        if os.sep != "/":
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = self.external_attr = 0
        self.compress_size = self.file_size = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s'
                         % compressor_names.get(self.compress_type, self.compress_type))
        unix_mode, dos_bits = self.external_attr >> 16, self.external_attr & 0xFFFF
        if unix_mode:
            parts.append(' filemode=%r' % stat.filemode(unix_mode))
        if dos_bits:
            parts.append(' external_attr=%#x' % dos_bits)
        folder = self.is_dir()
        if self.file_size or not folder:
            parts.append(' file_size=%r' % self.file_size)
        differs = self.compress_type != ZIP_STORED or self.file_size != self.compress_size
        if differs and (self.compress_size or not folder):
            parts.append(' compress_size=%r' % self.compress_size)
        return ''.join(parts) + '>'

    def FileHeader(self, zip64=None):
        """The local header; zip64 None means: ZIP64 if the sizes need it."""
        date, time_ = _dos_stamp(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compressed = size = 0     # they follow the data
        else:
            crc, compressed, size = self.CRC, self.compress_size, self.file_size
        if zip64 is None:
            zip64 = size > ZIP64_LIMIT or compressed > ZIP64_LIMIT
        extra = self.extra
        if zip64:
            extra += struct.pack('<HHQQ', 1, 16, size, compressed)
            size = compressed = 0xffffffff
        needed = _versions_needed(self.compress_type, zip64)
        self.extract_version = max(needed, self.extract_version)
        self.create_version = max(needed, self.create_version)
        name, flags = self._encodeFilenameFlags()
        head = _LOCAL.pack(self.extract_version, self.reserved, flags, self.compress_type,
                           time_, date, crc, compressed, size, len(name), len(extra))
        return head + name + extra

    def _encodeFilenameFlags(self):
        if self.filename.isascii():
            return self.filename.encode('ascii'), self.flag_bits
        return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self):
        """Takes the 64-bit sizes and offset of a ZIP64 extra field, for the fields that hold
        all ones."""
        rest = self.extra
        while len(rest) >= 4:
            xid, length = struct.unpack('<HH', rest[:4])
            if length + 4 > len(rest):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (xid, length))
            if xid == 1:
                values = rest[4:length + 4]
                for attribute, label, markers in (
                        ("file_size", "File size", (0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF)),
                        ("compress_size", "Compress size", (0xFFFF_FFFF,)),
                        ("header_offset", "Header offset", (0xFFFF_FFFF,))):
                    if getattr(self, attribute) not in markers:
                        continue
                    if len(values) < 8:
                        raise BadZipFile(f"Corrupt zip64 extra field. {label} not found.")
                    setattr(self, attribute, struct.unpack('<Q', values[:8])[0])
                    values = values[8:]
            rest = rest[length + 4:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory `filename`, to be stored as `arcname`."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        facts = os.stat(filename)
        folder = stat.S_ISDIR(facts.st_mode)
        date_time = time.localtime(facts.st_mtime)[0:6]
        if not strict_timestamps:
            if date_time[0] < 1980:
                date_time = (1980, 1, 1, 0, 0, 0)
            elif date_time[0] > 2107:
                date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        arcname = arcname.lstrip(os.sep + (os.altsep or ""))
        if folder:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (facts.st_mode & 0xFFFF) << 16
        if folder:
            info.file_size = 0
            info.external_attr |= 0x10      # the MS-DOS directory bit
        else:
            info.file_size = facts.st_size
        return info

    def is_dir(self):
        """Whether the member is a directory (its name ends with '/')."""
        return self.filename[-1] == '/'


# ---------------------------------------------------------------- compression

def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Compressor(compresslevel) if compresslevel is not None else \
            bz2.BZ2Compressor()
    if compress_type == ZIP_LZMA:
        return _LZMACompressor()
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_STORED:
        return None
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Decompressor()
    if compress_type == ZIP_LZMA:
        return _LZMADecompressor()
    described = compressor_names.get(compress_type)
    if described:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, described))
    raise NotImplementedError("compression type %d" % (compress_type,))


class _LZMACompressor:
    """LZMA as ZIP stores it: a 4-byte header (LZMA SDK version, properties length), the
    LZMA1 properties, then raw LZMA1 data."""

    def __init__(self):
        self._engine = None

    def _begin(self):
        properties = lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1})
        self._engine = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=[
            lzma._decode_filter_properties(lzma.FILTER_LZMA1, properties)])
        return struct.pack('<BBH', 9, 4, len(properties)) + properties

    def compress(self, data):
        head = self._begin() if self._engine is None else b''
        return head + self._engine.compress(data)

    def flush(self):
        head = self._begin() if self._engine is None else b''
        return head + self._engine.flush()


class _LZMADecompressor:
    """The reverse of _LZMACompressor: the properties first, then the data."""

    def __init__(self):
        self._engine = None
        self._pending = b''
        self.eof = False

    def decompress(self, data):
        if self._engine is None:
            self._pending += data
            if len(self._pending) <= 4:
                return b''
            length = struct.unpack('<H', self._pending[2:4])[0]
            if len(self._pending) <= 4 + length:
                return b''
            self._engine = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[
                lzma._decode_filter_properties(lzma.FILTER_LZMA1,
                                               self._pending[4:4 + length])])
            data = self._pending[4 + length:]
            self._pending = b''
        out = self._engine.decompress(data)
        self.eof = self._engine.eof
        return out


# ---------------------------------------------------------------- member files

class ZipExtFile(io.BufferedIOBase):
    """A member open for reading. Its compressed bytes are read when it is opened and
    decompressed at the first read. The member is then handed out as CPython's reader does, in
    pulls of at least MIN_READ_SIZE bytes: the CRC-32 is checked by the pull that reaches the
    end, so a read can fail before its own bytes are bad; a seek back before the last pull
    starts over (and checks again)."""

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._raw = fileobj.read(min(zipinfo.compress_size, sys.maxsize))
        # the archive ended inside the member's data
        self._cut_short = len(self._raw) < zipinfo.compress_size
        self._decompressor = _get_decompressor(zipinfo.compress_type)
        self.mode = mode
        self.name = zipinfo.filename
        self._compress_type = zipinfo.compress_type
        self._expected_crc = getattr(zipinfo, "CRC", None)
        self._orig_file_size = zipinfo.file_size
        self._data = None
        self._position = 0
        self._pulled = 0            # how much the pulls have made available
        self._last_pull = 0         # where the last pull started
        self._at_end = False

    def __repr__(self):
        parts = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.closed:
            parts.append(' [closed]')
        else:
            parts.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                parts.append(' compress_type=%s' % compressor_names.get(
                    self._compress_type, self._compress_type))
        return ''.join(parts) + '>'

    def _content(self):
        if self._data is None:
            engine = self._decompressor
            if engine is None:
                data = self._raw
            else:
                data = engine.decompress(self._raw)
                if not self._cut_short and hasattr(engine, "flush"):
                    data += engine.flush()
            # the member ends at its size, or where its compressed stream says it ends
            self._cut_short = (self._cut_short and len(data) < self._orig_file_size
                               and not getattr(engine, "eof", False))
            self._data = data[:self._orig_file_size]
        return self._data

    def _pull_to(self, target):
        """Makes the data up to `target` (None: all) available, pull by pull."""
        data = self._content()
        while not self._at_end and (target is None or self._pulled < target):
            if self._pulled >= len(data) and self._cut_short:
                raise EOFError
            step = len(data) if target is None else max(target - self._pulled, self.MIN_READ_SIZE)
            self._last_pull = self._pulled
            self._pulled = min(len(data), self._pulled + step)
            if self._pulled >= len(data) and not self._cut_short:
                self._at_end = True
                if self._expected_crc is not None and crc32(data) != self._expected_crc:
                    self._position = self._pulled       # the pull's bytes are gone
                    raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return data

    def _take(self, count):
        target = None if count is None else self._position + count
        data = self._pull_to(target)
        end = self._pulled if target is None else min(target, self._pulled)
        chunk = data[self._position:end]
        self._position = max(self._position, end)
        return chunk

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        return self._take(None if n is None or n < 0 else n)

    def read1(self, n=-1):
        return self.read(n)

    def readinto(self, b):
        chunk = self.read(len(b))
        b[:len(chunk)] = chunk
        return len(chunk)

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        data = self._pull_to(self._position + 1)
        while True:
            stop = data.find(b"\n", self._position, self._pulled)
            if stop >= 0 or self._at_end:
                break
            data = self._pull_to(self._pulled + 1)
        stop = self._pulled if stop < 0 else stop + 1
        if limit is not None and limit >= 0:
            stop = min(stop, self._position + limit)
        return self._take(stop - self._position)

    def peek(self, n=1):
        data = self._pull_to(self._position + max(n, 1))
        return data[self._position:min(self._pulled, self._position + 512)]

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        size = self._orig_file_size
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._position + offset
        elif whence == 2:
            target = size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, size))
        if target < self._last_pull:
            # before what the last pull holds: start over from the member's first byte
            self._pulled = self._last_pull = 0
            self._at_end = False
            self._position = 0
        if target > self._pulled:
            self._pull_to(target)
        self._position = min(target, max(self._pulled, target if self._at_end else 0))
        return self._position

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._position


class _ZipWriteFile(io.BufferedIOBase):
    """A member open for writing: its bytes go to the archive (compressed) as they come; closing
    it completes the member's header."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._file_size += count
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return count

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._finish()
        finally:
            self._zipfile._writing = False

    def _finish(self):
        info, out = self._zinfo, self._fileobj
        if self._compressor:
            tail = self._compressor.flush()
            self._compress_size += len(tail)
            out.write(tail)
            info.compress_size = self._compress_size
        else:
            info.compress_size = self._file_size
        info.CRC = self._crc
        info.file_size = self._file_size
        if not self._zip64:
            if self._file_size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if self._compress_size > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        if info.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            layout = '<LLQQ' if self._zip64 else '<LLLL'
            out.write(struct.pack(layout, _DD_SIGNATURE, info.CRC, info.compress_size,
                                  info.file_size))
            self._zipfile.start_dir = out.tell()
        else:
            # back to the local header, now that CRC and sizes are known
            self._zipfile.start_dir = out.tell()
            out.seek(info.header_offset)
            out.write(info.FileHeader(self._zip64))
            out.seek(self._zipfile.start_dir)
        self._zipfile.filelist.append(info)
        self._zipfile.NameToInfo[info.filename] = info


def _seekable_input(fp):
    """fp, or its bytes in memory when it cannot seek."""
    if hasattr(fp, 'seek'):
        return fp
    try:
        return io.BytesIO(fp.read())
    finally:
        fp.close()


_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌'
               '█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(data, flags, encoding):
    """A member name: UTF-8 when flagged so, else `encoding`, else IBM code page 437."""
    if flags & _MASK_UTF_FILENAME:
        return data.decode('utf-8')
    if encoding:
        return data.decode(encoding)
    return ''.join(chr(b) if b < 0x80 else _CP437_HIGH[b - 0x80] for b in data)


class _Tellable:
    """A write-only file that cannot tell(): counts what goes through it."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        count = self.fp.write(data)
        self.offset += count
        return count

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


# ---------------------------------------------------------------- ZipFile

# when a path cannot be opened in a mode, the next one is tried
_FILE_MODES = {'r': ['rb'], 'w': ['w+b', 'wb'], 'x': ['x+b', 'xb'], 'a': ['r+b', 'w+b', 'wb']}


class ZipFile:
    """A ZIP archive in a file (a path or a file object), open for reading ('r'), writing
    ('w'), exclusive creation ('x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            # each mode of the list is tried in turn (a file 'a' cannot open is made); inline, as
            # CPython's is, so an error shows this frame
            modes = _FILE_MODES[mode]
            for index, filemode in enumerate(modes):
                try:
                    fp = io.open(file, filemode)
                except OSError:
                    if index + 1 < len(modes):
                        continue
                    raise
                break
            self.fp = _seekable_input(fp) if filemode == 'rb' else fp
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        try:
            # written out here, as in CPython: reading the directory shows this frame
            if self.mode == 'r':
                self._RealGetContents()
            elif self.mode == 'a':
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not an archive yet: one is put after whatever the file holds
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
            else:
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                    return
                try:
                    self.fp.seek(self.start_dir)
                except (AttributeError, OSError):
                    self._seekable = False
        except:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        parts = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.fp is None:
            parts.append(' [closed]')
        else:
            if self._filePassed:
                parts.append(' file=%r' % self.fp)
            elif self.filename is not None:
                parts.append(' filename=%r' % self.filename)
            parts.append(' mode=%r' % self.mode)
        return ''.join(parts) + '>'

    # -------------------------------------------------------- reading the directory

    def _RealGetContents(self):
        try:
            end = _read_end(self.fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not end:
            raise BadZipFile("File is not a zip file")
        size, offset = end["size"], end["offset"]
        self._comment = end["comment"]
        # bytes in front of the archive move everything by this much
        shift = end["location"] - size - offset
        if end["signature"] == _END64.signature:
            shift -= _END64.size + _LOCATOR64.size
        self.start_dir = offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        self.fp.seek(self.start_dir, 0)
        directory = self.fp.read(size)
        at = 0
        while at < size:
            raw = directory[at:at + _CENTRAL.size]
            if len(raw) != _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            entry = _CENTRAL.unpack(raw)
            if entry["signature"] != _CENTRAL.signature:
                raise BadZipFile("Bad magic number for central directory")
            at += _CENTRAL.size
            name_end = at + entry["name_length"]
            extra_end = name_end + entry["extra_length"]
            comment_end = extra_end + entry["comment_length"]
            info = ZipInfo(_decode_name(directory[at:name_end], entry["flag_bits"],
                                        self.metadata_encoding))
            info.extra = directory[name_end:extra_end]
            info.comment = directory[extra_end:comment_end]
            info.header_offset = entry["header_offset"]
            for field in ("create_version", "create_system", "extract_version", "reserved",
                          "flag_bits", "compress_type", "CRC", "compress_size", "file_size"):
                setattr(info, field, entry[field])
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
            info.volume = entry["disk_start"]
            info.internal_attr = entry["internal_attr"]
            info.external_attr = entry["external_attr"]
            info._raw_time = entry["time"]
            info.date_time = _date_time_of(entry["date"], entry["time"])
            info._decodeExtra()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            at = comment_end

    def namelist(self):
        """The members' names, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Prints a table of the members to `file` (sys.stdout)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data does not match its CRC, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of member `name` (KeyError if there is none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """The default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    # -------------------------------------------------------- members as files

    def read(self, name, pwd=None):
        """The data of member `name`."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A member as a file object: to read ('r'), or a new member to write ('w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        return self._open_to_read(info, name, pwd)

    def _open_to_read(self, info, name, pwd):
        fp = self.fp
        with self._lock:
            fp.seek(info.header_offset)
            raw = fp.read(_LOCAL.size)
            if len(raw) != _LOCAL.size:
                raise BadZipFile("Truncated file header")
            local = _LOCAL.unpack(raw)
            if local["signature"] != _LOCAL.signature:
                raise BadZipFile("Bad magic number for file header")
            stored_name = fp.read(local["name_length"])
            if local["extra_length"]:
                fp.read(local["extra_length"])
            if info.flag_bits & _MASK_COMPRESSED_PATCH:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _MASK_STRONG_ENCRYPTION:
                raise NotImplementedError("strong encryption (flag bit 6)")
            decoded = _decode_name(stored_name, local["flag_bits"], self.metadata_encoding)
            if decoded != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (info.orig_filename, stored_name))
            if info.flag_bits & _MASK_ENCRYPTED:
                pwd = pwd or self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for extraction"
                                       % name)
                raise NotImplementedError("encrypted members are not supported")
            return ZipExtFile(fp, "r", info, None, False)

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the "
                             "ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle "
                             "open on it. Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16       # rw-------
        # a margin: compressed data may come out a little larger than the input
        zip64 = force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT
        if zip64 and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    # -------------------------------------------------------- extracting

    def extract(self, member, path=None, pwd=None):
        """Writes one member under `path` (the current directory); returns the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Writes the members (all by default) under `path` (the current directory)."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        table = cls._windows_illegal_name_trans_table
        if not table:
            table = str.maketrans(':<>|"?*', '_______')
            cls._windows_illegal_name_trans_table = table
        arcname = arcname.translate(table)
        parts = (part.rstrip('.') for part in arcname.split(pathsep))
        return pathsep.join(part for part in parts if part)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # the member stays under targetpath: drives, roots, '.' and '..' parts are dropped
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        skipped = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(part for part in arcname.split(os.path.sep)
                                   if part not in skipped)
        if os.path.sep == '\\':
            arcname = self._sanitize_windows_name(arcname, os.path.sep)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # -------------------------------------------------------- writing

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if self._allowZip64:
            return
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif zinfo.file_size > ZIP64_LIMIT:
            reason = "Filesize"
        elif zinfo.header_offset > ZIP64_LIMIT:
            reason = "Zipfile size"
        else:
            return
        raise LargeZipFile(reason + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file or directory `filename` as `arcname`."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(zinfo, 'w') as target:
            shutil.copyfileobj(source, target, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member (named by a str, or described by a ZipInfo) holding `data` (bytes, or
        a str stored as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16 | 0x10    # drwxrwxr-x, MS-DOS folder
            else:
                zinfo.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._lock:
            with self.open(zinfo, mode='w') as target:
                target.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory member (named by a str, or described by a ZipInfo)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
            zinfo.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            if zinfo.compress_type == ZIP_LZMA:
                zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
            self._writecheck(zinfo)
            self._didModify = True
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self.fp.write(zinfo.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Writes the central directory (if the archive changed) and closes the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _directory_entry(self, zinfo):
        date, time_ = _dos_stamp(zinfo.date_time)
        wide = []       # the values that go to the ZIP64 extra field, in its order
        file_size, compress_size = zinfo.file_size, zinfo.compress_size
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            wide += [file_size, compress_size]
            file_size = compress_size = 0xffffffff
        header_offset = zinfo.header_offset
        if header_offset > ZIP64_LIMIT:
            wide.append(header_offset)
            header_offset = 0xffffffff
        extra = zinfo.extra
        if wide:
            extra = (struct.pack('<HH' + 'Q' * len(wide), 1, 8 * len(wide), *wide)
                     + _strip_extra(extra, (1,)))
        needed = _versions_needed(zinfo.compress_type, bool(wide))
        name, flags = zinfo._encodeFilenameFlags()
        entry = _CENTRAL.pack(max(needed, zinfo.create_version), zinfo.create_system,
                              max(needed, zinfo.extract_version), zinfo.reserved, flags,
                              zinfo.compress_type, time_, date, zinfo.CRC, compress_size,
                              file_size, len(name), len(extra), len(zinfo.comment), 0,
                              zinfo.internal_attr, zinfo.external_attr, header_offset)
        return entry + name + extra + zinfo.comment

    def _write_end_record(self):
        for zinfo in self.filelist:
            self.fp.write(self._directory_entry(zinfo))
        directory_end = self.fp.tell()
        count = len(self.filelist)
        size = directory_end - self.start_dir
        offset = self.start_dir
        if count > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif offset > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif size > ZIP64_LIMIT:
            reason = "Central directory size"
        else:
            reason = None
        if reason:
            if not self._allowZip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            self.fp.write(_END64.pack(44, 45, 45, 0, 0, count, count, size, offset))
            self.fp.write(_LOCATOR64.pack(0, directory_end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        self.fp.write(_END.pack(0, 0, count, count, size, offset, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """ZipFile with writepy(), which needs compiled .pyc files: not supported here."""

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy is not supported")


# ---------------------------------------------------------------- Path

def _ancestry(path):
    """`path` and each of its parents, '/' separated, nearest first (no root, no '')."""
    path = path.rstrip("/")
    while path and path != "/":
        yield path
        path = posixpath.split(path)[0]


def _parents(path):
    ancestors = _ancestry(path)
    next(ancestors, None)
    return ancestors


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() also has the directories its members' names imply."""

    @staticmethod
    def _implied_dirs(names):
        present = set(names)
        implied = {}
        for name in names:
            for parent in _parents(name):
                folder = parent + "/"
                if folder not in present:
                    implied[folder] = None
        return implied

    def namelist(self):
        names = super().namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """`name` with a '/' added when that names a directory and `name` names nothing."""
        names = self._name_set()
        folder = name + '/'
        return folder if name not in names and folder in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if name.endswith('/') and name in self._name_set():
                return ZipInfo(filename=name)     # an implied directory
            raise

    @classmethod
    def make(cls, source):
        """A CompleteDirs for `source` (a file name, or a ZipFile whose class is changed)."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        # an archive being written changes: no caching of its names
        source.__class__ = cls if 'r' in source.mode else CompleteDirs
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that works its names out once."""

    def namelist(self):
        cached = self.__dict__.get("_names_cache")
        if cached is None:
            cached = self.__dict__["_names_cache"] = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get("_name_set_cache")
        if cached is None:
            cached = self.__dict__["_name_set_cache"] = super()._name_set()
        return cached


class Path:
    """A pathlib-like view of a place in an archive: the archive itself when `at` is '', a
    directory when it ends with '/', else a member."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def _next(self, at):
        return type(self)(self.root, at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member as a binary ('rb', 'wb') or text ('r', 'w') file."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _text_encoding(*args, **kwargs)
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    def _pure(self):
        import pathlib
        return pathlib.PurePosixPath(self.at or self.root.filename)

    name = property(lambda self: self._pure().name)
    suffix = property(lambda self: self._pure().suffix)
    suffixes = property(lambda self: self._pure().suffixes)
    stem = property(lambda self: self._pure().stem)

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _text_encoding(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip("/")
        children = (self._next(name) for name in self.root.namelist())
        return filter(lambda child: posixpath.dirname(child.at.rstrip("/")) == here, children)

    def joinpath(self, *other):
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        above = posixpath.dirname(self.at.rstrip('/'))
        return self._next(above + '/' if above else above)


def _text_encoding(encoding=None, *args, **kwargs):
    return io.text_encoding(encoding, 3), args, kwargs
