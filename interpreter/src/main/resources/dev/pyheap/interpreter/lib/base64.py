"""Base16, Base32 and Base64 encodings (RFC 4648): b64encode/b64decode (altchars, validate),
standard_b64*, urlsafe_b64*, b32encode/b32decode (casefold, map01), b32hexencode/b32hexdecode,
b16encode/b16decode (casefold), Ascii85 (a85encode/a85decode: foldspaces, wrapcol, pad, adobe)
and Base85 (b85encode/b85decode, RFC 1924's alphabet), encodebytes/decodebytes, with CPython's
errors (binascii.Error, a ValueError). Not here: the file functions encode/decode.

Both 85 encodings read the input as big-endian 32-bit words, each written as five base-85 digits
(most significant first); a short last word is padded with zero bytes and, unless pad is true, its
output is cut by as many digits as bytes were added. Decoding pads a short last group with the
highest digit and cuts the same number of bytes, so any cut encoding round-trips.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'a85encode', 'a85decode',
           'b85encode', 'b85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % s.__class__.__name__)


def _translate(data, source, target):
    return data.translate(bytes.maketrans(source, target))


def b64encode(s, altchars=None):
    """Base64 of the bytes-like s; altchars (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of the Base64 s (bytes-like or ASCII str). Characters outside the alphabet are
    skipped unless validate is true, when they raise binascii.Error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/'."""
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        raise TypeError(f"memoryview: a bytes-like object is required, not '{type(s).__name__}'")
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], 'big')
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    if leftover == 1:
        out[-6:] = b'======'
    elif leftover == 2:
        out[-4:] = b'===='
    elif leftover == 3:
        out[-3:] = b'==='
    elif leftover == 4:
        out[-1:] = b'='
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    padchars = length - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        n = 0
        try:
            for c in quanta:
                n = (n << 5) | values[c]
        except KeyError:
            raise binascii.Error('Non-base32 digit found') from None
        n <<= 5 * (8 - len(quanta))
        decoded += n.to_bytes(5, 'big')
    if length % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        n_bytes = (5 * (8 - padchars)) // 8
        decoded = decoded[:-5] + decoded[-5:][:n_bytes]
    return bytes(decoded)


def b32encode(s):
    """Base32 of the bytes-like s."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of the Base32 s; casefold accepts lower case, map01 maps 0 to O and 1 to map01."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Base16 (upper-case hexadecimal) of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of the Base16 s; casefold accepts lower case."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def _words85(b):
    """The big-endian 32-bit words of the bytes-like b padded with zero bytes, and the padding."""
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    padding = -len(b) % 4
    b = bytes(b) + b'\0' * padding
    return [int.from_bytes(b[i:i + 4], 'big') for i in range(0, len(b), 4)], padding


def _digits85(word, alphabet):
    out = bytearray(5)
    for i in range(4, -1, -1):
        word, digit = divmod(word, 85)
        out[i] = alphabet[digit]
    return bytes(out)


def _encode85(b, alphabet, pad, folds=()):
    """The five-digit groups of b's words; folds maps a word to its one-byte short form."""
    words, padding = _words85(b)
    groups = []
    for word in words:
        short = folds.get(word) if folds else None
        groups.append(short if short is not None else _digits85(word, alphabet))
    if padding and not pad:
        # The cut last group is always written out in full, never folded.
        groups[-1] = _digits85(words[-1], alphabet)[:-padding]
    return b''.join(groups)


_A85 = bytes(range(33, 118))
_A85START = b'<~'
_A85END = b'~>'


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like b: 'z' for a zero word, 'y' for four spaces when foldspaces;
    wrapcol > 0 breaks the output into lines that long; pad encodes the zero padding of the last
    word too; adobe frames the result with <~ and ~>."""
    folds = {0: b'z'}
    if foldspaces:
        folds[0x20202020] = b'y'
    result = _encode85(b, _A85, pad, folds)
    if adobe:
        result = _A85START + result
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes of the Ascii85 b (bytes-like or ASCII str); adobe requires the ~> end (and drops
    a <~ start); the bytes of ignorechars are skipped, 'y' is four spaces when foldspaces."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    # Four extra 'u' (the digit 84) complete a short last group; what they add is cut below.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for digit in group:
                    word = word * 85 + digit
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group.clear()
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    cut = 4 - len(group)
    return bytes(out[:-cut] if cut else out)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85VALUES = {c: i for i, c in enumerate(_B85)}


def b85encode(b, pad=False):
    """Base85 (the alphabet of git's binary patches) of the bytes-like b; pad encodes the zero
    padding of the last word too."""
    return _encode85(b, _B85, pad)


def b85decode(b):
    """The bytes of the Base85 b (bytes-like or ASCII str)."""
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[start:start + 5]):
            digit = _B85VALUES.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (start + j))
            word = word * 85 + digit
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    return bytes(out[:-padding] if padding else out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    if not isinstance(s, bytes_types):
        raise TypeError(f"expected bytes-like object, not {type(s).__name__}")
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """The bytes of Base64 lines."""
    if not isinstance(s, bytes_types):
        raise TypeError(f"expected bytes-like object, not {type(s).__name__}")
    return binascii.a2b_base64(s)
