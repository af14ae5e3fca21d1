"""Reading TZif files (RFC 8536) into the plain tables zoneinfo works from."""

import struct

__all__ = ['ZoneInfoNotFoundError', 'load_tzdata', 'load_data']


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def load_tzdata(key):
    """A key missing from every TZPATH folder: the `tzdata` package, when one is installed."""
    from importlib import resources
    *folders, name = key.split('/')
    try:
        return resources.files('.'.join(['tzdata', 'zoneinfo', *folders])).joinpath(name).open('rb')
    except (ImportError, FileNotFoundError, UnicodeEncodeError):
        raise ZoneInfoNotFoundError(f'No time zone found with key {key}')


# The header after the magic: version byte, 15 reserved bytes, then six big-endian counts.
_COUNTS = struct.Struct('>6l')


def _header(stream):
    if stream.read(4) != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    version_byte = stream.read(1)
    version = 1 if version_byte == b'\x00' else int(version_byte)
    stream.read(15)
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _COUNTS.unpack(stream.read(24))
    return version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt


def load_data(stream):
    """(transition type indices, UTC transition times, offsets, isdst flags, abbreviations, footer).

    A version 2+ file repeats its data with 64-bit times after the version 1 block; only the
    second copy is read. The footer is the POSIX TZ string (bytes) of version 2+, else None."""
    version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _header(stream)
    width, code = 4, 'l'
    if version >= 2:
        stream.seek(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt, 1)
        version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _header(stream)
        width, code = 8, 'q'
    times = struct.unpack(f'>{timecnt}{code}', stream.read(timecnt * width)) if timecnt else ()
    indices = struct.unpack(f'>{timecnt}B', stream.read(timecnt)) if timecnt else ()
    records = [struct.unpack('>lbb', stream.read(6)) for _ in range(typecnt)]
    offsets = tuple(record[0] for record in records)
    dst_flags = tuple(record[1] for record in records)
    designations = stream.read(charcnt)
    # several types may share the tail of one designation ("AHST\0" gives "AHST" and "HST")
    names = {}
    for record in records:
        start = record[2]
        if start not in names:
            names[start] = designations[start:designations.find(b'\x00', start)].decode()
    abbreviations = tuple(names[record[2]] for record in records)
    footer = None
    if version >= 2:
        stream.seek(isutcnt + isstdcnt + leapcnt * 12, 1)
        newline = stream.read(1)
        assert newline == b'\n', newline
        chars = []
        while (c := stream.read(1)) != b'\n':
            chars.append(c)
        footer = b''.join(chars)
    return indices, times, offsets, dst_flags, abbreviations, footer
