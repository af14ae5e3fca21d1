"""Tar archives: reading and writing the ustar, GNU and pax formats, plain or compressed.

The layout. An archive is a run of 512-byte blocks. Every member starts with a header block whose
fields sit at fixed places (the table _LAYOUT below): texts padded with NULs, numbers as octal
digits ended by a NUL (GNU writes numbers too large for that as a 0o200 byte and big-endian
base 256, negative ones after 0o377), a checksum that is the byte sum of the block with its own
field read as spaces. The member's data follows, padded to a whole block. Two zero blocks mark the
end, and a written archive is padded to a record of 20 blocks.

What a header cannot hold travels in an extension member placed before it: GNU's '././@LongLink'
members (type 'L' a long name, 'K' a long link target) and pax's '././@PaxHeader' members, whose
data is a list of 'LENGTH keyword=value\\n' records (type 'x' for the next member, 'g' for all the
following ones). Reading collects the extensions met before a real header, then lays them over
that header starting from the one nearest to it, so that the first one written has the last word.

Structure of this module: the field codecs and the header table; the error classes; the
extraction filters of 3.11.4 and later; TarInfo (one member: encoding its header blocks and
decoding them); _read_member (the loop that turns blocks into a TarInfo); the readers over a
member's data; TarFile (the member table, opening, adding, extracting); the stream layer of the
'|' modes.
"""

version = "0.9.0"
__author__ = "Lars Gust\u00e4bel (lars@gustaebel.de)"
__credits__ = "Gustavo Niemeyer, Niels Gust\u00e4bel, Richard Townsend."

from builtins import open as bltn_open
import copy
import io
import os
import re
import shutil
import stat
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

symlink_exception = (AttributeError, NotImplementedError, OSError)

__all__ = [
    "TarFile", "TarInfo", "is_tarfile", "open", "ENCODING",
    "TarError", "ReadError", "CompressionError", "StreamError", "ExtractError", "HeaderError",
    "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT",
    "fully_trusted_filter", "data_filter", "tar_filter", "FilterError", "AbsoluteLinkError",
    "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
    "LinkOutsideDestinationError",
]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = 20 * BLOCKSIZE
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE = b"0", b"\0", b"1", b"2"
CHRTYPE, BLKTYPE, DIRTYPE, FIFOTYPE, CONTTYPE = b"3", b"4", b"5", b"6", b"7"
GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE = b"L", b"K", b"S"
XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE = b"x", b"g", b"X"

USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = 0, 1, 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()

_GNU_LONG_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK)
_PAX_TYPES = (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE)
_PAX_MEMBER_TYPES = (XHDTYPE, SOLARIS_XHDTYPE)
_DEVICE_TYPES = (CHRTYPE, BLKTYPE)


# ---------------------------------------------------------------- field codecs

def stn(s, length, encoding, errors):
    """Text to a field of `length` bytes: encoded, then cut or padded with NULs."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    if len(raw) >= length:
        return raw[:length]
    return raw + bytes(length - len(raw))


def nts(s, encoding, errors):
    """A field to text: what comes before its first NUL, decoded."""
    return s.partition(b"\0")[0].decode(encoding, errors)


def nti(s):
    """A number field to an int (octal digits, or base 256 after a 0o200 or 0o377 lead byte)."""
    lead = s[0]
    if lead == 0o200 or lead == 0o377:
        value = int.from_bytes(s[1:], "big")
        return value - 256 ** (len(s) - 1) if lead == 0o377 else value
    try:
        digits = nts(s, "ascii", "strict").strip()
        return int(digits or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """An int to a number field of `digits` bytes; base 256 only in the GNU format, and only when
    octal does not fit."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%0*o" % (digits - 1, n)).encode("ascii") + NUL
    limit = 256 ** (digits - 1)
    if format != GNU_FORMAT or not -limit <= n < limit:
        raise ValueError("overflow in number field")
    if n >= 0:
        return bytearray(b"\x80" + n.to_bytes(digits - 1, "big"))
    return bytearray(b"\xff" + (n + limit).to_bytes(digits - 1, "big"))


_LOW_BYTES = bytes(range(128))


def calc_chksums(buf):
    """The checksums a header may carry: its bytes summed unsigned and signed, with the eight bytes
    of the checksum field itself counted as spaces."""
    rest = bytes(buf[:148]) + bytes(buf[156:BLOCKSIZE])
    unsigned = 8 * 0x20 + sum(rest)
    high_bytes = len(rest.translate(None, _LOW_BYTES))
    return unsigned, unsigned - 256 * high_bytes


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copies `length` bytes from src to dst (all of src when None); raises `exception` if src has
    fewer."""
    bufsize = bufsize or 16 * 1024
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    left = length
    while left > 0:
        want = min(bufsize, left)
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= want


def _padded(count):
    """`count` bytes rounded up to whole blocks."""
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _safe_print(s):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        s = s.encode(encoding, 'backslashreplace').decode(encoding)
    print(s, end=' ')


# The header block: (TarInfo field, offset, width, kind). Kinds: 'text' (NUL padded), 'number'
# (itn/nti), 'device' (a number for character and block devices, NULs otherwise), 'raw' (bytes
# as they are), 'checksum'.
_LAYOUT = (
    ("name", 0, 100, "text"),
    ("mode", 100, 8, "number"),
    ("uid", 108, 8, "number"),
    ("gid", 116, 8, "number"),
    ("size", 124, 12, "number"),
    ("mtime", 136, 12, "number"),
    ("chksum", 148, 8, "checksum"),
    ("type", 156, 1, "raw"),
    ("linkname", 157, 100, "text"),
    ("magic", 257, 8, "raw"),
    ("uname", 265, 32, "text"),
    ("gname", 297, 32, "text"),
    ("devmajor", 329, 8, "device"),
    ("devminor", 337, 8, "device"),
    ("prefix", 345, 155, "text"),
)
_CHKSUM_AT = 148


def _encode_block(info, format, encoding, errors):
    """One header block from a dict of fields (missing ones are empty or zero)."""
    kind_of_member = info.get("type")
    has_device = kind_of_member in _DEVICE_TYPES
    device_fields = {}
    for field in ("devmajor", "devminor"):
        if has_device:
            device_fields[field] = itn(info.get(field, 0), 8, format)
        else:
            device_fields[field] = stn("", 8, encoding, errors)
    if info.get("type", REGTYPE) is None:
        raise ValueError("TarInfo.type must not be None")
    block = bytearray(BLOCKSIZE)
    for field, start, width, kind in _LAYOUT:
        if kind == "text":
            data = stn(info.get(field, ""), width, encoding, errors)
        elif kind == "number":
            value = info.get(field, 0)
            if field == "mode":
                value &= 0o7777
            data = itn(value, width, format)
        elif kind == "device":
            data = device_fields[field]
        elif kind == "checksum":
            data = b" " * width
        elif field == "type":
            data = info.get("type", REGTYPE)
        else:
            data = info.get("magic", POSIX_MAGIC)
        block[start:start + width] = data[:width]
    block[_CHKSUM_AT:_CHKSUM_AT + 7] = b"%06o\0" % calc_chksums(block)[0]
    return bytes(block)


def _blocks_of(payload):
    """Data padded to whole blocks."""
    return payload + bytes(_padded(len(payload)) - len(payload))


# ---------------------------------------------------------------- errors

class TarError(Exception):
    """The base of this module's errors."""


class ExtractError(TarError):
    """A member could not be extracted."""


class ReadError(TarError):
    """The archive cannot be read."""


class CompressionError(TarError):
    """A compression that is unknown or whose module is missing."""


class StreamError(TarError):
    """An operation a '|' stream archive cannot do."""


class HeaderError(TarError):
    """The base of the errors about one header block."""


class EmptyHeaderError(HeaderError):
    """No bytes where a header was expected."""


class TruncatedHeaderError(HeaderError):
    """Fewer than 512 bytes where a header was expected."""


class EOFHeaderError(HeaderError):
    """A zero block: the end of the archive."""


class InvalidHeaderError(HeaderError):
    """A block that is not a header (checksum or number field wrong)."""


class SubsequentHeaderError(HeaderError):
    """The header after an extension header is missing or wrong."""


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, '
                         + 'which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, '
                         + 'which is outside the destination')


# ---------------------------------------------------------------- extraction filters

def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _filtered_mode(member, for_data):
    """The mode the filters leave (None: let the system choose), or SpecialFileError."""
    mode = member.mode & 0o755          # set-id, sticky and group/other write bits go
    if not for_data:
        return mode
    if member.isreg() or member.islnk():
        if not mode & 0o100:
            mode &= ~0o111              # executable for nobody unless for the owner
        return mode | 0o600
    if member.isdir() or member.issym():
        return None
    raise SpecialFileError(member)


def _get_filtered_attrs(member, dest_path, for_data=True):
    """What the 'tar' filter (for_data false) or the 'data' filter changes in `member`, as
    replace() keywords; raises the FilterError that refuses it."""
    changes = {}
    root = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(('/', os.sep)):
        name = member.path.lstrip('/' + os.sep)
        changes['name'] = name
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    where = os.path.realpath(os.path.join(root, name))
    if not _inside(where, root):
        raise OutsideDestinationError(member, where)
    if member.mode is not None:
        mode = _filtered_mode(member, for_data)
        if mode != member.mode:
            changes['mode'] = mode
    if not for_data:
        return changes
    for owner_field in ('uid', 'gid', 'uname', 'gname'):
        if getattr(member, owner_field) is not None:
            changes[owner_field] = None
    if member.issym() or member.islnk():
        if os.path.isabs(member.linkname):
            raise AbsoluteLinkError(member)
        if member.issym():
            where = os.path.join(root, os.path.dirname(name), member.linkname)
        else:
            where = os.path.join(root, member.linkname)
        where = os.path.realpath(where)
        if not _inside(where, root):
            raise LinkOutsideDestinationError(member, where)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}

_KEEP = object()


# ---------------------------------------------------------------- TarInfo

class TarInfo(object):
    """One archive member: the fields of its header, and the codecs between them and blocks."""

    __slots__ = dict(
        name='The member name, "/" separated.',
        mode='The permission bits.',
        uid='The owner user id.',
        gid='The owner group id.',
        size='The data size in bytes.',
        mtime='The modification time, seconds since the epoch.',
        chksum='The header checksum as read.',
        type=('The kind of member, one of the *TYPE constants of this module (REGTYPE, '
              'DIRTYPE, SYMTYPE, LNKTYPE, ...).'),
        linkname='The target of a hard or symbolic link member.',
        uname='The owner user name.',
        gname='The owner group name.',
        devmajor='The major number of a device member.',
        devminor='The minor number of a device member.',
        offset='Where the member\'s first header starts in the archive.',
        offset_data='Where the member\'s data starts in the archive.',
        pax_headers='The pax extended header records that applied to this member.',
        sparse='The (offset, size) data runs of a sparse member.',
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    # the pax names of two fields
    path = property(lambda self: self.name, lambda self, value: setattr(self, "name", value),
                    doc='In pax headers, "name" is called "path".')
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc='In pax headers, "linkname" is called "linkpath".')

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP, uid=_KEEP,
                gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True, _KEEP=_KEEP):
        """A copy (deep unless deep=False) with the given fields changed."""
        given = dict(name=name, mtime=mtime, mode=mode, linkname=linkname, uid=uid, gid=gid,
                     uname=uname, gname=gname)
        result = (copy.deepcopy if deep else copy.copy)(self)
        for field, value in given.items():
            if value is not _KEEP:
                setattr(result, field, value)
        return result

    # -------------------------------------------------------- writing headers

    def get_info(self):
        """The fields a header is written from, as a dict."""
        info = {field: getattr(self, field)
                for field in ("name", "mode", "uid", "gid", "size", "mtime", "chksum",
                              "type", "linkname", "uname", "gname", "devmajor", "devminor")}
        if info["mode"] is not None:
            info["mode"] &= 0o7777
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] = info["name"] + "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header blocks of this member (extension members included) in `format`."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        writers = {USTAR_FORMAT: lambda: self.create_ustar_header(info, encoding, errors),
                   GNU_FORMAT: lambda: self.create_gnu_header(info, encoding, errors),
                   PAX_FORMAT: lambda: self.create_pax_header(info, encoding)}
        if format not in writers:
            raise ValueError("invalid format")
        return writers[format]()

    def create_ustar_header(self, info, encoding, errors):
        """One ustar block; a name over 100 bytes goes partly into the prefix field."""
        info["magic"] = POSIX_MAGIC
        if _byte_length(info["linkname"], encoding, errors) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if _byte_length(info["name"], encoding, errors) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return _encode_block(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU block, after long-link and long-name members for texts over 100 bytes."""
        info["magic"] = GNU_MAGIC
        extensions = []
        for field, kind in (("linkname", GNUTYPE_LONGLINK), ("name", GNUTYPE_LONGNAME)):
            if _byte_length(info[field], encoding, errors) > 100:
                extensions.append(self._create_gnu_long_header(info[field], kind, encoding,
                                                               errors))
        extensions.append(_encode_block(info, GNU_FORMAT, encoding, errors))
        return b"".join(extensions)

    def create_pax_header(self, info, encoding):
        """A ustar block, after a pax extended header for every field ustar cannot hold: texts
        that are not ASCII or too long, numbers out of the octal range, fractional times."""
        info["magic"] = POSIX_MAGIC
        records = self.pax_headers.copy()
        for field, keyword, width in _PAX_TEXT_FIELDS:
            if keyword in records:
                continue            # the member's own pax record wins
            text = info[field]
            if not _ascii_clean(text) or len(text) > width:
                records[keyword] = text
        for field, digits in _PAX_NUMBER_WIDTHS:
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            if 0 <= whole < 8 ** (digits - 1):
                if whole is value:
                    continue
                info[field] = whole
            else:
                info[field] = 0
            records.setdefault(field, str(value))
        head = self._create_pax_generic_header(records, XHDTYPE, encoding) if records else b""
        return head + _encode_block(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """The blocks of a pax global header holding `pax_headers`."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) for ustar: the first cut at a '/' whose parts fit 155 and 100 bytes."""
        parts = name.split("/")
        for cut in range(1, len(parts)):
            head = "/".join(parts[:cut])
            tail = "/".join(parts[cut:])
            if (_byte_length(head, encoding, errors) <= LENGTH_PREFIX
                    and _byte_length(tail, encoding, errors) <= LENGTH_NAME):
                return head, tail
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        return _encode_block(info, format, encoding, errors)

    @staticmethod
    def _create_payload(payload):
        return _blocks_of(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        head = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return _encode_block(head, USTAR_FORMAT, encoding, errors) + _blocks_of(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        # A value that is not valid UTF-8 (a file name's undecodable bytes, kept as surrogates)
        # makes every value raw bytes in `encoding`, announced by a hdrcharset record.
        raw_values = not all(_utf8_clean(value) for value in pax_headers.values())
        records = [_pax_record(b"hdrcharset", b"BINARY")] if raw_values else []
        for keyword, value in pax_headers.items():
            if raw_values:
                value = value.encode(encoding, "surrogateescape")
            else:
                value = value.encode("utf-8")
            records.append(_pax_record(keyword.encode("utf-8"), value))
        data = b"".join(records)
        head = {"name": "././@PaxHeader", "type": type, "size": len(data), "magic": POSIX_MAGIC}
        return _encode_block(head, USTAR_FORMAT, "ascii", "replace") + _blocks_of(data)

    # -------------------------------------------------------- reading headers

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """The TarInfo of one header block (its extensions not applied)."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if not buf.strip(NUL):
            raise EOFHeaderError("end of file header")
        stored = nti(buf[148:156])
        if stored not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()
        fields = {}
        for field, start, width, kind in _LAYOUT:
            raw = buf[start:start + width]
            if kind == "text":
                fields[field] = nts(raw, encoding, errors)
            elif kind in ("number", "device"):
                fields[field] = nti(raw)
            elif kind == "checksum":
                fields[field] = stored
            else:
                fields[field] = raw
        prefix = fields.pop("prefix")
        del fields["magic"]
        for field, value in fields.items():
            setattr(member, field, value)
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE       # old archives mark directories by the slash alone
        if member.type == GNUTYPE_SPARSE:
            runs = [(nti(buf[at:at + 12]), nti(buf[at + 12:at + 24]))
                    for at in range(386, 386 + 4 * 24, 24)]
            member._sparse_structs = (runs, bool(buf[482]), nti(buf[483:495]))
        if member.isdir():
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + "/" + member.name
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of `tarfile` read from its file's position, extensions applied."""
        return _read_member(cls, tarfile)

    def _apply_pax_info(self, pax_headers, encoding, errors):
        """Sets the fields the pax records give, and keeps a copy of the records."""
        for keyword, value in pax_headers.items():
            if keyword == "GNU.sparse.name":
                self.path = value
            elif keyword == "GNU.sparse.size" or keyword == "GNU.sparse.realsize":
                self.size = int(value)
            elif keyword in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(keyword)
                if convert is not None:
                    try:
                        value = convert(value)
                    except ValueError:
                        value = 0
                elif keyword == "path":
                    value = value.rstrip("/")
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        return _decode_or(value, encoding, fallback_encoding, fallback_errors)

    def _block(self, count):
        """`count` rounded up to whole blocks."""
        return _padded(count)

    # -------------------------------------------------------- kinds

    def isreg(self):
        'Return True if the Tarinfo object is a regular file.'
        return self.type in REGULAR_TYPES

    isfile = isreg

    def isdir(self):
        'Return True if it is a directory.'
        return self.type == DIRTYPE

    def issym(self):
        'Return True if it is a symbolic link.'
        return self.type == SYMTYPE

    def islnk(self):
        'Return True if it is a hard link.'
        return self.type == LNKTYPE

    def ischr(self):
        'Return True if it is a character device.'
        return self.type == CHRTYPE

    def isblk(self):
        'Return True if it is a block device.'
        return self.type == BLKTYPE

    def isfifo(self):
        'Return True if it is a FIFO.'
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        'Return True if it is one of character device, block device or FIFO.'
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


_PAX_TEXT_FIELDS = (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                    ("uname", "uname", 32), ("gname", "gname", 32))
_PAX_NUMBER_WIDTHS = (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12))


def _byte_length(text, encoding, errors):
    return len(text.encode(encoding, errors))


def _ascii_clean(text):
    try:
        text.encode("ascii", "strict")
    except UnicodeEncodeError:
        return False
    return True


def _utf8_clean(text):
    try:
        text.encode("utf-8", "strict")
    except UnicodeEncodeError:
        return False
    return True


def _pax_record(keyword, value):
    """'LENGTH keyword=value\\n', where LENGTH counts the whole record, its own digits too."""
    body = len(keyword) + len(value) + 3
    length = body + len(str(body))
    while length != body + len(str(length)):
        length = body + len(str(length))
    return b"%d %s=%s\n" % (length, keyword, value)


def _decode_or(raw, encoding, fallback_encoding, fallback_errors):
    try:
        return raw.decode(encoding, "strict")
    except UnicodeDecodeError:
        return raw.decode(fallback_encoding, fallback_errors)


# ---------------------------------------------------------------- reading a member

_PAX_RECORD = re.compile(br"(\d+) ([^=]+)=")
_PAX_CHARSET = re.compile(br"\d+ hdrcharset=([^\n]+)\n")
_GNU_SPARSE_OFFSET = re.compile(br"\d+ GNU.sparse.offset=(\d+)\n")
_GNU_SPARSE_NUMBYTES = re.compile(br"\d+ GNU.sparse.numbytes=(\d+)\n")


def _read_block_header(cls, tarfile):
    block = tarfile.fileobj.read(BLOCKSIZE)
    header = cls.frombuf(block, tarfile.encoding, tarfile.errors)
    header.offset = tarfile.fileobj.tell() - BLOCKSIZE
    return header


def _parse_pax(header, data, tarfile):
    """The records of a pax header's data, laid over the archive's global records (a global
    header changes those in place)."""
    if header.type == XGLTYPE:
        records = tarfile.pax_headers
    else:
        records = tarfile.pax_headers.copy()
    charset = _PAX_CHARSET.search(data)
    if charset is not None:
        records["hdrcharset"] = charset.group(1).decode("utf-8")
    # names may be raw bytes in the archive's encoding rather than UTF-8
    name_encoding = tarfile.encoding if records.get("hdrcharset") == "BINARY" else "utf-8"
    position = 0
    while True:
        found = _PAX_RECORD.match(data, position)
        if found is None:
            return records
        length = int(found.group(1))
        if length == 0:
            raise InvalidHeaderError("invalid header")
        value = data[found.end(2) + 1:found.start(1) + length - 1]
        keyword = _decode_or(found.group(2), "utf-8", "utf-8", tarfile.errors)
        if keyword in PAX_NAME_FIELDS:
            value = _decode_or(value, name_encoding, tarfile.encoding, tarfile.errors)
        else:
            value = _decode_or(value, "utf-8", "utf-8", tarfile.errors)
        records[keyword] = value
        position += length


def _data_end(member):
    """Where the next header starts after `member` (only regular and unknown members have data
    blocks)."""
    end = member.offset_data
    if member.isreg() or member.type not in SUPPORTED_TYPES:
        end += _padded(member.size)
    return end


def _finish_plain(member, tarfile):
    member.offset_data = tarfile.fileobj.tell()
    tarfile.offset = _data_end(member)
    member._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
    if member.isdir():
        member.name = member.name.rstrip("/")


def _finish_old_sparse(member, tarfile):
    # GNU's old sparse members: four runs in the header, then blocks of 21 more while the
    # 'extended' flag is set
    runs, extended, real_size = member._sparse_structs
    del member._sparse_structs
    while extended:
        block = tarfile.fileobj.read(BLOCKSIZE)
        for at in range(0, 21 * 24, 24):
            start, length = nti(block[at:at + 12]), nti(block[at + 12:at + 24])
            if start and length:
                runs.append((start, length))
        extended = bool(block[504])
    member.sparse = runs
    member.offset_data = tarfile.fileobj.tell()
    tarfile.offset = member.offset_data + _padded(member.size)
    member.size = real_size


def _apply_gnu_long(member, header, data, tarfile):
    member.offset = header.offset
    text = nts(data, tarfile.encoding, tarfile.errors)
    if header.type == GNUTYPE_LONGNAME:
        member.name = text
    else:
        member.linkname = text
    if member.isdir():
        member.name = member.name.removesuffix("/")


def _apply_pax(member, header, records, data, tarfile):
    if "GNU.sparse.map" in records:
        numbers = [int(n) for n in records["GNU.sparse.map"].split(",")]
        member.sparse = list(zip(numbers[0::2], numbers[1::2]))
    elif "GNU.sparse.size" in records:
        starts = [int(m.group(1)) for m in _GNU_SPARSE_OFFSET.finditer(data)]
        lengths = [int(m.group(1)) for m in _GNU_SPARSE_NUMBYTES.finditer(data)]
        member.sparse = list(zip(starts, lengths))
    elif records.get("GNU.sparse.major") == "1" and records.get("GNU.sparse.minor") == "0":
        _read_sparse_map_10(member, tarfile)
    if header.type in _PAX_MEMBER_TYPES:
        member._apply_pax_info(records, tarfile.encoding, tarfile.errors)
        member.offset = header.offset
        if "size" in records:
            tarfile.offset = _data_end(member)


def _read_sparse_map_10(member, tarfile):
    # GNU sparse 1.0: the map is text before the data, a count then offset/size numbers, one
    # a line, in whole blocks
    text = tarfile.fileobj.read(BLOCKSIZE)
    count, text = text.split(b"\n", 1)
    count = int(count)
    numbers = []
    while len(numbers) < 2 * count:
        if b"\n" not in text:
            text += tarfile.fileobj.read(BLOCKSIZE)
        number, text = text.split(b"\n", 1)
        numbers.append(int(number))
    member.offset_data = tarfile.fileobj.tell()
    member.sparse = list(zip(numbers[0::2], numbers[1::2]))


def _read_member(cls, tarfile):
    """Reads header blocks until a real member's, then applies the extension headers met on the
    way, the nearest first. A header error after an extension is a SubsequentHeaderError."""
    extensions = []
    try:
        while True:
            header = _read_block_header(cls, tarfile)
            if header.type in _GNU_LONG_TYPES:
                data = tarfile.fileobj.read(_padded(header.size))
                extensions.append((header, None, data))
            elif header.type in _PAX_TYPES:
                data = tarfile.fileobj.read(_padded(header.size))
                extensions.append((header, _parse_pax(header, data, tarfile), data))
            else:
                break
        if header.type == GNUTYPE_SPARSE:
            _finish_old_sparse(header, tarfile)
        else:
            _finish_plain(header, tarfile)
    except HeaderError as e:
        if extensions:
            raise SubsequentHeaderError(str(e)) from None
        raise
    member = header
    for extension, records, data in reversed(extensions):
        if records is None:
            _apply_gnu_long(member, extension, data, tarfile)
        else:
            _apply_pax(member, extension, records, data, tarfile)
    return member


# ---------------------------------------------------------------- a member's data as a file

class _FileInFile(object):
    """The raw file of one member's data: a window on the archive's file, where the holes of a
    sparse member read as zeros."""

    def __init__(self, fileobj, offset, size, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = getattr(fileobj, "name", None)
        self.closed = False
        # the member as pieces (start, stop, where in the archive, or None for a hole)
        self.pieces = []
        covered = 0
        stored_at = offset
        for start, length in ([(0, size)] if blockinfo is None else blockinfo):
            if start > covered:
                self.pieces.append((covered, start, None))
            self.pieces.append((start, start + length, stored_at))
            stored_at += length
            covered = start + length
        if covered < size:
            self.pieces.append((covered, size, None))

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = max(0, min(target, self.size))
        return self.position

    def _piece_at(self, position):
        for piece in self.pieces:
            if piece[0] <= position < piece[1]:
                return piece
        raise ReadError("unexpected end of data")

    def read(self, size=None):
        left = self.size - self.position
        if size is not None and 0 <= size < left:
            left = size
        out = []
        while left > 0:
            start, stop, stored_at = self._piece_at(self.position)
            count = min(left, stop - self.position)
            if stored_at is None:
                out.append(bytes(count))
            else:
                self.fileobj.seek(stored_at + self.position - start)
                chunk = self.fileobj.read(count)
                if len(chunk) != count:
                    raise ReadError("unexpected end of data")
                out.append(chunk)
            self.position += count
            left -= count
        return b"".join(out)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):
    """What extractfile() returns: a buffered binary reader over a member's data."""

    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.sparse)
        super().__init__(raw)


# ---------------------------------------------------------------- TarFile

class TarFile(object):
    """An archive open for reading ('r'), appending ('a'), writing ('w') or exclusive creation
    ('x'). Its members (TarInfo objects, in archive order) are read lazily, as asked for."""

    debug = 0                   # 0: quiet; 1, 2, 3: more messages on stderr
    dereference = False         # add() the targets of symbolic links rather than the links
    ignore_zeros = False        # read on past zero blocks and bad headers
    errorlevel = 1              # 0: report extraction errors; 1: raise OSError; 2: all
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        if not fileobj and mode == "a" and not os.path.exists(name):
            mode = "w"              # appending to a missing file creates it
        self.mode = mode
        self._mode = file_modes[mode]
        self._extfileobj = bool(fileobj)
        if fileobj:
            given_name = getattr(fileobj, "name", None)
            if name is None and isinstance(given_name, (str, bytes)):
                name = given_name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
        else:
            fileobj = bltn_open(name, self._mode)
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        settings = dict(format=format, tarinfo=tarinfo, dereference=dereference,
                        ignore_zeros=ignore_zeros, encoding=encoding, debug=debug,
                        errorlevel=errorlevel)
        for attribute, value in settings.items():
            if value is not None:
                setattr(self, attribute, value)
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and \
            self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}            # (inode, device) -> arcname, to add hard links as such
        try:
            self._start()
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _start(self):
        if self.mode == "r":
            self.firstmember = None
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._skip_to_end()
        self._loaded = True
        if self.pax_headers:
            blocks = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
            self.fileobj.write(blocks)
            self.offset += len(blocks)

    def _skip_to_end(self):
        # appending: read every member; new ones are written over the end-of-archive blocks
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None

    # -------------------------------------------------------- opening

    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Opens an archive. Modes: 'r' or 'r:*' (any compression, found by trying each),
        'r:', 'r:gz', 'r:bz2', 'r:xz'; 'a' or 'a:'; 'w', 'w:', 'w:gz', 'w:bz2', 'w:xz' and the
        same with 'x'; the one-pass stream modes 'r|*', 'r|', 'r|gz', 'w|', 'w|gz', ..."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            # the compressed openers first, the plain one last
            order = sorted(cls.OPEN_METH, key=lambda kind: cls.OPEN_METH[kind] == 'taropen')
            failures = []
            for comptype in order:
                opener = getattr(cls, cls.OPEN_METH[comptype])
                start = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append(f'- method {comptype}: {e!r}')
                    if fileobj is not None:
                        fileobj.seek(start)
            summary = '\n'.join(failures)
            raise ReadError(f"file could not be opened successfully:\n{summary}")
        for separator in ":|":
            if separator in mode:
                filemode, comptype = mode.split(separator, 1)
                filemode = filemode or "r"
                comptype = comptype or "tar"
                if separator == "|":
                    if filemode not in ("r", "w"):
                        raise ValueError("mode must be 'r' or 'w'")
                    stream = _Stream(name, filemode, comptype, fileobj, bufsize)
                    try:
                        archive = cls(name, filemode, stream, **kwargs)
                    except:
                        stream.close()
                        raise
                    archive._extfileobj = False
                    return archive
                if comptype not in cls.OPEN_METH:
                    raise CompressionError("unknown compression type %r" % comptype)
                opener = getattr(cls, cls.OPEN_METH[comptype])
                return opener(name, filemode, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """An uncompressed archive."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _open_compressed(cls, name, mode, compressed, failure, message, kwargs):
        # `compressed` is the open decompressing file; errors in reading the first header mean
        # the data was not of that compression
        try:
            archive = cls.taropen(name, mode, compressed, **kwargs)
        except failure as e:
            compressed.close()
            if mode == 'r':
                raise ReadError(message) from e
            raise
        except:
            compressed.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A gzip-compressed archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            compressed = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        return cls._open_compressed(name, mode, compressed, OSError, "not a gzip file", kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A bzip2-compressed archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        compressed = BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._open_compressed(name, mode, compressed, (OSError, EOFError),
                                    "not a bzip2 file", kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """An xz-compressed archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from lzma import LZMAFile, LZMAError
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        compressed = LZMAFile(fileobj or name, mode, preset=preset)
        return cls._open_compressed(name, mode, compressed, (LZMAError, EOFError),
                                    "not an lzma file", kwargs)

    def close(self):
        """Finishes a written archive (two zero blocks, then zeros to a whole record) and
        closes the file if this object opened it."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                end = self.offset + 2 * BLOCKSIZE
                record_end = -(-end // RECORDSIZE) * RECORDSIZE
                self.fileobj.write(bytes(record_end - self.offset))
                self.offset = end
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    # -------------------------------------------------------- the member table

    def getmember(self, name):
        """The member called `name` (the last one if several are); KeyError if none is."""
        found = self._getmember(name.rstrip('/'))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """All members, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [member.name for member in self.getmembers()]

    def next(self):
        """Reads and returns the next member; None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            # a read of the byte before the next header tells whether the data is all there
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        member = self._read_next()
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _read_next(self):
        while True:
            try:
                return self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
                return None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
                return None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
                return None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                try:
                    import zlib
                except ImportError:
                    raise e
                if isinstance(e, zlib.error):
                    raise ReadError(f'zlib error: {e}') from None
                raise e

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called `name` that comes before `tarinfo` (when given), or None."""
        candidates = self.getmembers()
        seeking = None
        if tarinfo is not None:
            if tarinfo in candidates:
                candidates = candidates[:candidates.index(tarinfo)]
            else:
                seeking = tarinfo       # a copy: look only before its offset
        wanted = os.path.normpath(name) if normalize else name
        for member in reversed(candidates):
            if seeking is not None:
                if member.offset == seeking.offset:
                    seeking = None
                continue
            if (os.path.normpath(member.name) if normalize else member.name) == wanted:
                return member
        if seeking is not None:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # relative to the link's folder, anywhere in the archive
            target = "/".join(part for part in (os.path.dirname(tarinfo.name), tarinfo.linkname)
                              if part)
            before = None
        else:
            target = tarinfo.linkname
            before = tarinfo
        member = self._getmember(target, tarinfo=before, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % target)
        return member

    def __iter__(self):
        """The members; those not read yet are read as the iteration reaches them."""
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            index = 1
            yield self.next()
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif self._loaded:
                return
            else:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            index += 1
            yield member

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
            return
        # after an error the archive is left unfinished: no end blocks
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    # -------------------------------------------------------- listing

    def list(self, verbose=True, *, members=None):
        """Prints a table of contents (with `verbose`, like 'ls -l')."""
        self._check()
        for member in (self if members is None else members):
            if verbose:
                for column in _listing_columns(member):
                    _safe_print(column)
            _safe_print(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    _safe_print("-> " + member.linkname)
                if member.islnk():
                    _safe_print("link to " + member.linkname)
            print()

    # -------------------------------------------------------- adding

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing a file on disk (or the open `fileobj`), stored as `arcname`;
        None for a kind of file tar cannot hold."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        member = self.tarinfo()
        member.tarfile = self
        if fileobj is not None:
            facts = os.fstat(fileobj.fileno())
        elif self.dereference:
            facts = os.stat(name)
        else:
            facts = os.lstat(name)
        file_mode = facts.st_mode
        linkname = ""
        if stat.S_ISREG(file_mode):
            kind = REGTYPE
            inode = (facts.st_ino, facts.st_dev)
            earlier = self.inodes.get(inode)
            if (not self.dereference and facts.st_nlink > 1 and earlier is not None
                    and arcname != earlier):
                # a second name of a file already added: a hard link to the first
                kind = LNKTYPE
                linkname = earlier
            elif inode[0]:
                self.inodes[inode] = arcname
        elif stat.S_ISLNK(file_mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        else:
            kind = next((code for test, code in _STAT_KINDS if test(file_mode)), None)
            if kind is None:
                return None         # a socket, for one
        member.name = arcname
        member.mode = file_mode
        member.uid, member.gid = facts.st_uid, facts.st_gid
        member.size = facts.st_size if kind == REGTYPE else 0
        member.mtime = facts.st_mtime
        member.type = kind
        member.linkname = linkname
        if pwd:
            try:
                member.uname = pwd.getpwuid(member.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                member.gname = grp.getgrgid(member.gid)[0]
            except KeyError:
                pass
        if kind in _DEVICE_TYPES and hasattr(os, "major") and hasattr(os, "minor"):
            member.devmajor = os.major(facts.st_rdev)
            member.devminor = os.minor(facts.st_rdev)
        return member

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Adds the file `name` as `arcname`; a directory with what is inside it (by sorted
        name) unless recursive is false. `filter` may change each TarInfo, or drop it by
        returning None."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        member = self.gettarinfo(name, arcname)
        if member is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            member = filter(member)
            if member is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if member.isreg():
            with bltn_open(name, "rb") as source:
                self.addfile(member, source)
            return
        self.addfile(member)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry), recursive,
                         filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Writes a copy of `tarinfo`'s header, then tarinfo.size bytes read from `fileobj`
        (when given) padded to whole blocks."""
        self._check("awx")
        member = copy.copy(tarinfo)
        head = member.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, member.size, bufsize=self.copybufsize)
            padding = _padded(member.size) - member.size
            if padding:
                self.fileobj.write(bytes(padding))
            self.offset += _padded(member.size)
        self.members.append(member)

    # -------------------------------------------------------- extracting

    def _get_filter_function(self, filter):
        if filter is not None:
            if callable(filter):
                return filter
            try:
                return _NAMED_FILTERS[filter]
            except KeyError:
                raise ValueError(f"filter {filter!r} not found") from None
        chosen = self.extraction_filter
        if chosen is None:
            return fully_trusted_filter
        if isinstance(chosen, str):
            raise TypeError(
                'String names are not supported for TarFile.extraction_filter. '
                + 'Use a function such as tarfile.data_filter directly.')
        return chosen

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extracts `members` (all by default) under `path`. Directories get their times,
        modes and owners at the end, deepest first, so that writing into them still works."""
        chosen_filter = self._get_filter_function(filter)
        folders = []
        for member in (self if members is None else members):
            member = self._get_extract_tarinfo(member, chosen_filter, path)
            if member is None:
                continue
            if member.isdir():
                folders.append(member)
            self._extract_one(member, path, set_attrs=not member.isdir(),
                              numeric_owner=numeric_owner)
        for member in sorted(folders, key=lambda folder: folder.name, reverse=True):
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner=numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extracts one member (a TarInfo or a name) under `path`."""
        chosen_filter = self._get_filter_function(filter)
        member = self._get_extract_tarinfo(member, chosen_filter, path)
        if member is not None:
            self._extract_one(member, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        original = self.getmember(member) if isinstance(member, str) else member
        filtered = original
        try:
            filtered = filter_function(original, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if filtered is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if filtered.islnk():
            filtered = copy.copy(filtered)
            filtered._link_target = os.path.join(path, filtered.linkname)
        return filtered

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if not isinstance(e, OSError):
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))
        elif e.filename is None:
            self._dbg(1, "tarfile: %s" % e.strerror)
        else:
            self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))

    def extractfile(self, member):
        """A binary file reading the data of a regular member, or of the member a link points
        to; None for directories and the other kinds."""
        self._check("r")
        member = self.getmember(member) if isinstance(member, str) else member
        if member.isreg() or member.type not in SUPPORTED_TYPES:
            return self.fileobject(self, member)
        if member.islnk() or member.issym():
            if isinstance(self.fileobj, _Stream):
                # the target's data is behind us in a stream
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(member))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if is_link else tarinfo.name)
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif is_link:
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type in SUPPORTED_TYPES:
            self.makefile(tarinfo, targetpath)
        else:
            self.makeunknown(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        # owner-only until extractall() gives the folder its real mode, last
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        self.fileobj.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is None:
                copyfileobj(self.fileobj, target, tarinfo.size, ReadError, self.copybufsize)
                return
            for start, length in tarinfo.sparse:
                target.seek(start)
                copyfileobj(self.fileobj, target, length, ReadError, self.copybufsize)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        # where links cannot be made, the target's data is extracted in their place
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        if not (hasattr(os, "geteuid") and hasattr(os, "chown") and os.geteuid() == 0):
            return                  # only root may give files away
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None or not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e


_STAT_KINDS = ((stat.S_ISDIR, DIRTYPE), (stat.S_ISFIFO, FIFOTYPE), (stat.S_ISCHR, CHRTYPE),
               (stat.S_ISBLK, BLKTYPE))


def _listing_columns(member):
    """The 'ls -l' columns list() prints before a member's name."""
    mode = "??????????" if member.mode is None else stat.filemode(member.mode)
    owner = "%s/%s" % (member.uname or member.uid, member.gname or member.gid)
    if member.ischr() or member.isblk():
        size = "%10s" % ("%d,%d" % (member.devmajor, member.devminor))
    else:
        size = "%10d" % member.size
    if member.mtime is None:
        when = "????-??-?? ??:??:??"
    else:
        when = "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6]
    return mode, owner, size, when


# ---------------------------------------------------------------- the '|' stream modes

def _sniff(head):
    """The compression whose magic starts `head`."""
    if head.startswith(b"\x1f\x8b\x08"):
        return "gz"
    if head[0:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return "bz2"
    if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
        return "xz"
    return "tar"


class _Stream:
    """The file of a '|' archive: read or written once, front to back, never seeking back.
    Reading decompresses the whole input first; writing compresses at close."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self._extfileobj = fileobj is not None
        if fileobj is None:
            fileobj = bltn_open(name, "rb" if mode == "r" else "wb")
        self.name = name or ""
        self.mode = mode
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.pos = 0
        self.closed = False
        self.pending = []
        try:
            if mode == "r":
                data = fileobj.read()
                if comptype == "*":
                    comptype = _sniff(data[:BLOCKSIZE])
                self.comptype = comptype
                self.data = self._decompress(data)
            else:
                self.comptype = comptype
                self._compressor()     # fail early for an unknown compression
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    @staticmethod
    def _module(comptype):
        names = {"gz": "zlib", "bz2": "bz2", "xz": "lzma"}
        if comptype not in names:
            raise CompressionError("unknown compression type %r" % comptype)
        try:
            return __import__(names[comptype])
        except ImportError:
            raise CompressionError("%s module is not available" % names[comptype]) from None

    def _decompress(self, data):
        if self.comptype == "tar":
            return data
        module = self._module(self.comptype)
        if self.comptype == "gz":
            if data[:2] != b"\037\213":
                raise ReadError("not a gzip file")
            if data[2:3] != b"\010":
                raise CompressionError("unsupported compression method")
            import gzip
            try:
                return gzip.decompress(data)
            except (OSError, EOFError, module.error) as e:
                raise ReadError(f'zlib error: {e}') from None
        try:
            return module.decompress(data)
        except (OSError, EOFError, ValueError) as e:
            raise ReadError("invalid compressed data") from e

    def _compressor(self):
        if self.comptype == "tar":
            return None
        module = self._module(self.comptype)
        if self.comptype == "gz":
            return module.compressobj(9, module.DEFLATED, -module.MAX_WBITS,
                                      module.DEF_MEM_LEVEL, 0)
        if self.comptype == "bz2":
            return module.BZ2Compressor()
        return module.LZMACompressor()

    def read(self, size=None):
        end = len(self.data) if size is None else min(len(self.data), self.pos + size)
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def write(self, data):
        self.pending.append(bytes(data))
        self.pos += len(data)

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        if self.mode == "w":
            self.write(bytes(pos - self.pos))
        else:
            self.pos = min(pos, len(self.data))
        return self.pos

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                self.fileobj.write(self._finished(b"".join(self.pending)))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _finished(self, data):
        compressor = self._compressor()
        if compressor is None:
            return data
        body = compressor.compress(data) + compressor.flush()
        if self.comptype != "gz":
            return body
        # a gzip member: header with the archive's base name (without '.gz'), raw deflate
        # data, then the CRC and the length
        import zlib
        base = os.path.basename(self.name.removesuffix(".gz"))
        head = (b"\037\213\010\010" + int(time.time()).to_bytes(4, "little") + b"\002\377"
                + base.encode("iso-8859-1", "replace") + NUL)
        tail = zlib.crc32(data).to_bytes(4, "little") + (len(data) & 0xffffffff).to_bytes(4, "little")
        return head + body + tail


def is_tarfile(name):
    """Whether `name` (a path, or a file object whose position is kept) holds an archive this
    module can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open
