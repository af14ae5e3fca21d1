"""Conversions between binary data and ASCII (the part base64 uses): b2a_base64, a2b_base64 (with
CPython 3.11's lenient and strict modes and their messages), hexlify/b2a_hex, unhexlify/a2b_hex,
crc32, crc_hqx, uuencoding (b2a_uu, a2b_uu), quoted-printable (b2a_qp, a2b_qp), and the Error and Incomplete exceptions. CPython writes it in C; this is Python over ints.
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex', 'hexlify', 'unhexlify',
           'crc32', 'crc_hqx', 'a2b_uu', 'b2a_uu', 'a2b_qp', 'b2a_qp']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_PAD = ord('=')


def _bytes_like(data, function):
    """data's bytes: any object with the buffer protocol (bytes, bytearray, memoryview, array...)."""
    if isinstance(data, bytes):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
    return view.tobytes()


def _ascii_data(data):
    """The argument of the a2b_* functions: bytes-like, or a str of ASCII characters."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return _bytes_like(data, None)


def b2a_uu(data, /, *, backtick=False):
    """One uuencoded line of at most 45 bytes: its length, then each 6 bits as a character from
    ' ' (or '`' for 0 when backtick) on, padded to whole groups of 3 bytes, and a newline."""
    data = _bytes_like(data, 'b2a_uu')
    if len(data) > 45:
        raise Error('At most 45 bytes at once')
    zero = 0x60 if backtick else 0x20
    out = bytearray([zero if not data else 0x20 + len(data)])
    for i in range(0, len(data), 3):
        group = int.from_bytes(data[i:i + 3].ljust(3, b'\0'), 'big')
        for shift in (18, 12, 6, 0):
            bits = (group >> shift) & 0x3F
            out.append(bits + 0x20 if bits or not backtick else zero)
    out.append(0x0A)
    return bytes(out)


def a2b_uu(data, /):
    """The bytes of one uuencoded line (its first character gives their number; characters
    missing at the end count as zeros, and only white space or '`' may follow the data)."""
    data = _ascii_data(data)
    length = ((data[0] if data else 0) - 0x20) & 0x3F
    out = bytearray()
    acc = bits = 0
    i = 1
    while len(out) < length:
        ch = data[i] if i < len(data) else 0x0A
        if ch in (0x0A, 0x0D):
            value = 0
        elif not 0x20 <= ch <= 0x60:
            raise Error('Illegal char')
        else:
            value = (ch - 0x20) & 0x3F
        i += 1
        acc = (acc << 6) | value
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
    for ch in data[i:]:
        if ch not in (0x20, 0x60, 0x0A, 0x0D):
            raise Error('Trailing garbage')
    return bytes(out)


def b2a_base64(data, *, newline=True):
    """Base64 of data, with a newline at the end unless newline is false."""
    data = _bytes_like(data, 'b2a_base64')
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _PAD, _PAD))
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _PAD))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes of Base64 data. Leniently (the default) characters outside the alphabet are skipped
    and the data ends at its padding; strict_mode refuses them."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    data_chars = 0
    for i, c in enumerate(data):
        if c == _PAD:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        data_chars += 1
        if quad_pos == 0:
            left = value
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | value) & 0xFF)
            quad_pos = 0
    if quad_pos == 1:
        raise Error(f'Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more'
                    f' than a multiple of 4')
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of data (lower case), with sep between groups of bytes_per_sep bytes."""
    data = _bytes_like(data, 'b2a_hex')
    digits = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return digits.encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """The bytes whose hexadecimal digits hexstr holds."""
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(hexstr), 2):
        try:
            out.append(int(hexstr[i:i + 2].decode('ascii'), 16))
        except ValueError:
            raise Error('Non-hexadecimal digit found') from None
    return bytes(out)


unhexlify = a2b_hex


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = None


def crc32(data, crc=0, /):
    """The CRC-32 of data, continuing from crc."""
    global _CRC_TABLE
    if _CRC_TABLE is None:
        _CRC_TABLE = _crc_table()
    data = _bytes_like(data, 'crc32')
    crc = ~crc & 0xFFFFFFFF
    for b in data:
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """The CRC-CCITT (XMODEM: polynomial 0x1021, most significant bit first) of data, continuing
    from the 16-bit crc."""
    data = _bytes_like(data, 'crc_hqx')
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1) & 0xFFFF
    return crc


_HEX_VALUES = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}
_QP_LINE = 76  # the longest quoted-printable line, with its soft break's '='


def _must_quote(data, i, column, quotetabs, istext, header):
    b = data[i]
    last = i + 1 == len(data)
    if b > 126 or b == 0x3D or (header and b == 0x5F):
        return True
    if b == 0x2E and column == 0 and (last or data[i + 1] in (10, 13, 0)):
        return True
    if not istext and b in (10, 13):
        return True
    if b in (9, 32):
        return last or quotetabs
    return b < 33 and b not in (10, 13)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """data in quoted-printable (RFC 1521): lines soft-broken with '=' before 76 columns, bytes
    outside printable ASCII and '=' as =XX, white space quoted at a line's end, a line holding
    only '.' quoted; line ends follow the first one's style (CRLF or LF). quotetabs quotes all
    spaces and tabs, header writes spaces as '_', istext false quotes line ends too."""
    data = _bytes_like(data, 'b2a_qp')
    first = data.find(b'\n')
    newline = b'\r\n' if first > 0 and data[first - 1] == 13 else b'\n'
    soft_break = b'=' + newline
    out = bytearray()
    column = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if _must_quote(data, i, column, quotetabs, istext, header):
            if column + 3 >= _QP_LINE:
                out += soft_break
                column = 0
            out += b'=%02X' % b
            column += 3
            i += 1
        elif istext and (b == 10 or (b == 13 and i + 1 < n and data[i + 1] == 10)):
            # white space may not end a line: the last byte written is quoted after all
            if out and out[-1] in (9, 32):
                out[-1:] = b'=%02X' % out[-1]
            out += newline
            column = 0
            i += 2 if b == 13 else 1
        else:
            if i + 1 != n and data[i + 1] != 10 and column + 1 >= _QP_LINE:
                out += soft_break
                column = 0
            column += 1
            out.append(0x5F if header and b == 32 else b)
            i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """The bytes of quoted-printable data; with header, '_' stands for a space."""
    data = _ascii_data(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 0x3D:
            i += 1
            if i >= n:
                break
            nxt = data[i]
            if nxt in (10, 13):
                # a soft line break: drop everything up to and including the LF
                while i < n and data[i] != 10:
                    i += 1
                if i < n:
                    i += 1
            elif nxt == 0x3D:
                out.append(0x3D)
                i += 1
            elif i + 1 < n and nxt in _HEX_VALUES and data[i + 1] in _HEX_VALUES:
                out.append(_HEX_VALUES[nxt] * 16 + _HEX_VALUES[data[i + 1]])
                i += 2
            else:
                out.append(0x3D)
        elif header and b == 0x5F:
            out.append(0x20)
            i += 1
        else:
            out.append(b)
            i += 1
    return bytes(out)


# Frames that CPython runs in C leave no traceback entry: binascii is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
