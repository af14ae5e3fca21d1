"""ZIP archives: ZipFile (read, write, append, exclusive create), ZipInfo, is_zipfile, with the
stored and deflated methods (over zlib's raw deflate streams), written byte for byte as CPython
3.11's zipfile writes them.

An archive is a sequence of members, each a local header (signature PK\\3\\4, versions, flags,
method, DOS time and date, CRC-32, sizes, name, extra field) followed by its data; then the
central directory, one entry per member repeating its header with its attributes and the offset
of its local header; then the end record giving the directory's size and offset. Reading starts
from the end record. A member is written header first with zero sizes; when its data is done the
header is written again with the CRC and sizes (or, on an unseekable file, a data descriptor follows).

Not here: ZIP64 archives (members or archives past 4 GiB, more than 65535 members), encryption,
the bzip2 and lzma methods (RuntimeError, as CPython without those modules), zipfile.Path,
PyZipFile and the command line.
"""

import binascii
import io
import os
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

bz2 = None
lzma = None

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """An archive that would need ZIP64 extensions when they are not enabled."""


error = BadZipfile = BadZipFile

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

structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)

structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)

structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)

stringDataDescriptor = b"PK\x07\x08"

_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_UTF_FILENAME = 1 << 11

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode',
    7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse',
    19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}


def _check_compression(compression):
    if compression == ZIP_STORED:
        pass
    elif compression == ZIP_DEFLATED:
        if not zlib:
            raise RuntimeError("Compression requires the (missing) zlib module")
    elif compression == ZIP_BZIP2:
        if not bz2:
            raise RuntimeError("Compression requires the (missing) bz2 module")
    elif compression == ZIP_LZMA:
        if not lzma:
            raise RuntimeError("Compression requires the (missing) lzma module")
    else:
        raise NotImplementedError("That compression method is not supported")


def _end_record(fp):
    """The end-of-central-directory record's fields and the archive comment, or None."""
    fp.seek(0, 2)
    size = fp.tell()
    # the record is at the very end unless the archive has a comment
    start = max(0, size - sizeEndCentDir - ZIP_MAX_COMMENT)
    fp.seek(start)
    tail = fp.read()
    at = tail.rfind(stringEndArchive)
    while at >= 0:
        record = tail[at:at + sizeEndCentDir]
        if len(record) == sizeEndCentDir:
            fields = struct.unpack(structEndArchive, record)
            comment = tail[at + sizeEndCentDir:at + sizeEndCentDir + fields[7]]
            return fields, comment, start + at
        at = tail.rfind(stringEndArchive, 0, at)
    return None


def is_zipfile(filename):
    """Whether filename (a path or a file object) ends with a ZIP end record."""
    try:
        if hasattr(filename, "read"):
            return _end_record(filename) is not None
        with _seekable_input(open(filename, "rb")) as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


def _dos_date_time(date_time):
    dt = date_time
    return ((dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]), (dt[3] << 11 | dt[4] << 5 | (dt[5] // 2))


class ZipInfo:
    """One member's metadata."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel', 'comment',
                 'extra', 'create_system', 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset', 'CRC', 'compress_size',
                 'file_size', '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != "/" and os.sep in filename:
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
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            parts.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def FileHeader(self, zip64=None):
        """The local header's bytes."""
        dosdate, dostime = _dos_date_time(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            CRC = compress_size = file_size = 0
        else:
            CRC, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        min_version = 0
        if self.compress_type == ZIP_BZIP2:
            min_version = BZIP2_VERSION
        elif self.compress_type == ZIP_LZMA:
            min_version = LZMA_VERSION
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader, self.extract_version, self.reserved, flag_bits,
                             self.compress_type, dostime, dosdate, CRC, compress_size, file_size,
                             len(filename), len(self.extra))
        return header + filename + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory at filename, named arcname in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        return self.filename[-1] == '/'


def _compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        if compresslevel is not None:
            return zlib.compressobj(compresslevel, zlib.DEFLATED, -15)
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return None


def _decompress(compress_type, data):
    if compress_type == ZIP_STORED:
        return data
    if compress_type == ZIP_DEFLATED:
        d = zlib.decompressobj(-15)
        return d.decompress(data) + d.flush()
    descr = compressor_names.get(compress_type)
    if descr:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, descr))
    raise NotImplementedError("compression type %d" % (compress_type,))


class _MemberFile(io.BufferedIOBase):
    """What both member files share: closing and the with-statement."""
    closed = False

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()


def _seekable_input(fp):
    """fp, or its content in memory when the file cannot seek (a reader over a descriptor)."""
    if hasattr(fp, 'seek'):
        return fp
    try:
        return io.BytesIO(fp.read())
    finally:
        fp.close()


class ZipExtFile(_MemberFile):
    """A member opened for reading: its data, decompressed and checked against its CRC-32."""

    def __init__(self, data, mode, zipinfo):
        self._data = io.BytesIO(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._compress_type = zipinfo.compress_type
        self._orig_file_size = zipinfo.file_size

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(' compress_type=%s' % compressor_names.get(self._compress_type, self._compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

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
        return self._data.read(n)

    def read1(self, n=-1):
        return self.read(n)

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._data.readline(limit)

    def readlines(self, hint=-1):
        return self._data.readlines(hint)

    def peek(self, n=1):
        pos = self._data.tell()
        chunk = self._data.read(max(n, 512))
        self._data.seek(pos)
        return chunk

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        return self._data.seek(offset, whence)

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._data.tell()

    def close(self):
        super().close()


class _ZipWriteFile(_MemberFile):
    """A member opened for writing: its data compressed into the archive as it comes."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _compressor(zinfo.compress_type, zinfo._compresslevel)
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
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._compressor:
                buf = self._compressor.flush()
                self._compress_size += len(buf)
                self._fileobj.write(buf)
                self._zinfo.compress_size = self._compress_size
            else:
                self._zinfo.compress_size = self._file_size
            self._zinfo.CRC = self._crc
            self._zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if self._zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                self._fileobj.write(struct.pack("<LLLL", 0x08074b50, self._zinfo.CRC,
                                                self._zinfo.compress_size, self._zinfo.file_size))
                self._zipfile.start_dir = self._fileobj.tell()
            else:
                # the header again, now with the CRC and sizes
                self._zipfile.start_dir = self._fileobj.tell()
                self._fileobj.seek(self._zinfo.header_offset)
                self._fileobj.write(self._zinfo.FileHeader(self._zip64))
                self._fileobj.seek(self._zipfile.start_dir)
            self._zipfile.filelist.append(self._zinfo)
            self._zipfile.NameToInfo[self._zinfo.filename] = self._zinfo
        finally:
            self._zipfile._writing = False


class ZipFile:
    """A ZIP archive in a file (a path or a file object): mode 'r', 'w', 'x' or 'a'."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
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
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            filemode = modes[mode]
            try:
                self.fp = io.open(file, filemode)
                if mode == 'r':
                    self.fp = _seekable_input(self.fp)
            except OSError:
                if mode != 'a':
                    raise
                # appending to a file that does not exist yet makes it
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False

        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self._seekable = False
                    self.start_dir = 0
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            elif mode == 'a':
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not an archive: the archive goes after what is there
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _RealGetContents(self):
        fp = self.fp
        try:
            found = _end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not found:
            raise BadZipFile("File is not a zip file")
        fields, comment, location = found
        size_cd = fields[5]
        offset_cd = fields[6]
        self._comment = comment
        # bytes before the archive (a self-extracting stub) shift every offset
        concat = location - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        data = fp.read(size_cd)
        pos = 0
        while pos < size_cd:
            centdir = data[pos:pos + sizeCentralDir]
            if len(centdir) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            centdir = struct.unpack(structCentralDir, centdir)
            if centdir[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            name_len, extra_len, comment_len = centdir[12], centdir[13], centdir[14]
            pos += sizeCentralDir
            filename = data[pos:pos + name_len]
            flags = centdir[5]
            if flags & _MASK_UTF_FILENAME:
                filename = filename.decode('utf-8')
            else:
                filename = _decode_cp437(filename, self.metadata_encoding)
            x = ZipInfo(filename)
            x.extra = data[pos + name_len:pos + name_len + extra_len]
            x.comment = data[pos + name_len + extra_len:pos + name_len + extra_len + comment_len]
            x.header_offset = centdir[18]
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits, x.compress_type,
             t, d, x.CRC, x.compress_size, x.file_size) = centdir[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            pos += name_len + extra_len + comment_len
        end_offset = self.start_dir
        for zinfo in sorted(self.filelist, key=lambda zinfo: zinfo.header_offset, reverse=True):
            zinfo._end_offset = end_offset
            end_offset = zinfo.header_offset

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is bad, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A member as a file: its data to read ('r'), or a new member to write ('w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and (mode == "w"):
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't open %r for reading while there is an open writing handle on the archive. "
                             "Writing to the archive may have changed it." % (zinfo.filename,))
        fp = self.fp
        fp.seek(zinfo.header_offset)
        header = fp.read(sizeFileHeader)
        if len(header) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        header = struct.unpack(structFileHeader, header)
        if header[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        fname = fp.read(header[10])
        if header[11]:
            fp.read(header[11])
        if zinfo.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if header[3] & _MASK_UTF_FILENAME:
            fname_str = fname.decode("utf-8")
        else:
            fname_str = _decode_cp437(fname, self.metadata_encoding)
        if fname_str != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.' % (zinfo.orig_filename, fname))
        if zinfo.flag_bits & _MASK_ENCRYPTED:
            raise NotImplementedError("encrypted members are not supported")
        raw = fp.read(zinfo.compress_size)
        data = _decompress(zinfo.compress_type, raw)
        if len(data) != zinfo.file_size or crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return ZipExtFile(data, mode, zinfo)

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if zip64:
            raise LargeZipFile("ZIP64 archives are not supported")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def extract(self, member, path=None, pwd=None):
        """Writes member under path (the current directory); returns the file's path."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # no absolute paths, drives, '..' or '.' parts: the member stays under targetpath
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            requires_zip64 = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                requires_zip64 = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                requires_zip64 = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                requires_zip64 = "Zipfile size"
            if requires_zip64:
                raise LargeZipFile(requires_zip64 + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file or directory at filename, as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
        else:
            zinfo.compress_type = compress_type if compress_type is not None else self.compression
            zinfo._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
            with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
                shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member named by a str or a ZipInfo holding data (bytes, or str in UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
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
            with self.open(zinfo, mode='w') as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
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
        """Writes the central directory (when writing) and closes the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _write_end_record(self):
        for zinfo in self.filelist:
            dosdate, dostime = _dos_date_time(zinfo.date_time)
            min_version = 0
            if zinfo.compress_type == ZIP_BZIP2:
                min_version = BZIP2_VERSION
            elif zinfo.compress_type == ZIP_LZMA:
                min_version = LZMA_VERSION
            extract_version = max(min_version, zinfo.extract_version)
            create_version = max(min_version, zinfo.create_version)
            filename, flag_bits = zinfo._encodeFilenameFlags()
            centdir = struct.pack(structCentralDir, stringCentralDir, create_version, zinfo.create_system,
                                  extract_version, zinfo.reserved, flag_bits, zinfo.compress_type, dostime, dosdate,
                                  zinfo.CRC, zinfo.compress_size, zinfo.file_size, len(filename), len(zinfo.extra),
                                  len(zinfo.comment), 0, zinfo.internal_attr, zinfo.external_attr,
                                  zinfo.header_offset)
            self.fp.write(centdir)
            self.fp.write(filename)
            self.fp.write(zinfo.extra)
            self.fp.write(zinfo.comment)
        pos2 = self.fp.tell()
        count = len(self.filelist)
        size = pos2 - self.start_dir
        offset = self.start_dir
        if count > ZIP_FILECOUNT_LIMIT or offset > ZIP64_LIMIT or size > ZIP64_LIMIT:
            raise LargeZipFile("ZIP64 archives are not supported")
        endrec = struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count, size, offset,
                             len(self._comment))
        self.fp.write(endrec)
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌'
               '█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_cp437(data, encoding=None):
    """A member name without the UTF-8 flag: in encoding, else IBM code page 437."""
    if encoding:
        return data.decode(encoding)
    return ''.join(chr(b) if b < 0x80 else _CP437_HIGH[b - 0x80] for b in data)


class PyZipFile(ZipFile):
    """Not supported here: ZipFile with writepy() would compile to .pyc files."""

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy is not supported")
