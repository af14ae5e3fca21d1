"""The ISO-2022 codecs (CPython's Modules/cjkcodecs/_codecs_iso2022.c): getcodec(name) gives the
_multibytecodec.MultibyteCodec of iso2022_kr, iso2022_jp, iso2022_jp_1, iso2022_jp_2,
iso2022_jp_2004, iso2022_jp_3 and iso2022_jp_ext.

ISO-2022 text is 7-bit: escape sequences designate a character set into one of the graphic sets
G0-G2 and the bytes that follow are read in the set designated there (G0 by default, G1 between SO
and SI, G2 for the one character after ESC N). Each codec has an ordered list of designations
(CPython's iso2022_*_designations):

    codec           designations, in the order the encoder tries them                 flags
    iso2022_kr      KS X 1001 into G1 (ESC $ ) C, then SO ... SI)                      -
    iso2022_jp      JIS X 0208 (ESC $ B), JIS X 0201 Roman (ESC ( J), JIS C 6226 (ESC $ @)  no shift
    iso2022_jp_1    as jp, with JIS X 0212 (ESC $ ( D) after JIS X 0208                 no shift
    iso2022_jp_2    as jp_1, with KS X 1001 (ESC $ ( C), GB 2312 (ESC $ A) before JIS X 0201,
                    and ISO 8859-1/-7 into G2 (decoding only: ESC . A / ESC . F, ESC N c) no shift
    iso2022_jp_ext  as jp_1, with JIS X 0201 Katakana (ESC ( I)                        no shift
    iso2022_jp_2004 JIS X 0213:2004 plane 1 for pairs only (ESC $ ( Q), JIS X 0208,
                    JIS X 0213:2004 plane 1, plane 2 (ESC $ ( P)                       no shift
    iso2022_jp_3    as jp_2004 with JIS X 0213:2000 (ESC $ ( O for plane 1)            no shift

The encoder writes ASCII in G0 (ESC ( B first when another set is there, SI when shifted) and any
other character in the first designation that maps it, designating it first when it is not
there; a final encode returns to ASCII. A character of JIS X 0213 that may begin a pair (a kana
before U+309A, ...) asks for the next one: the pair takes one code when the set has it, and at
the end of a non-final input the character waits for the next input (CPython's
MAP_MULTIPLE_AVAIL and MBERR_TOOFEW). The decoder follows the designations it reads (an escape
sequence of a set the codec does not have is an error over the sequence), passes control
characters through, ends a shift at a newline, and copies any other escape sequence through
as Latin-1 up to its final byte. The state is CPython's eight bytes: the marks of G0-G3 (a set's
final byte, with 0x80 for a double-byte set) and the flags (shifted, inside a foreign escape).

The double-byte sets are read from the stateless codecs' tables: JIS X 0208 and 0212 are EUC-JP's
two- and three-byte codes, KS X 1001 is EUC-KR's, GB 2312 is EUC-CN's, JIS X 0213's two planes
are EUC-JIS-2004's (EUC-JISX0213's for the 2000 edition) two- and three-byte codes, without the
high bit."""

import _multibytecodec

_ESC, _SO, _SI, _LF = 0x1B, 0x0E, 0x0F, 0x0A
_DBCS = 0x80
_SHIFTED, _ESC_THROUGHOUT = 0x01, 0x02
_NO_SHIFT, _USE_G2, _USE_JISX0208_EXT = 0x01, 0x02, 0x04
_MAX_ESCAPE = 16
_ASCII = ord('B')


# a JIS X 0213 character that may begin a pair: the encoder must see the next one (MAP_MULTIPLE_AVAIL)
_MULTIPLE = -1


class _Charset:
    """One designation: its mark, the graphic set it goes to, its width, and the coding of one
    character (decode: the bytes to a str or None; encode: a character to its code or None, or
    with pairs(ch, next, length) the (code or None or _MULTIPLE, characters consumed) of a
    JIS X 0213 set, as CPython's jisx0213 encoders are called with a length of 1, 2 or -1)."""

    def __init__(self, mark, plane, width, decode, encode=None, pairs=None):
        self.mark = mark
        self.plane = plane
        self.width = width
        self.decode = decode
        self.pairs = pairs if pairs is not None else lambda ch, following, length: (encode(ch), 1)


def _euc_pair(codec, prefix=b'', special=None):
    """decode and encode of a 94x94 set read from an EUC codec: the 7-bit pair with the high bit
    set (after prefix) decodes there; a character encodes there when the EUC codec gives exactly
    such bytes."""
    decoded, encoded = {}, {}
    size = len(prefix) + 2

    def decode(data):
        key = (data[0], data[1])
        if key not in decoded:
            text = None
            if special is not None and key in special:
                text = special[key]
            elif 0x21 <= key[0] <= 0x7E and 0x21 <= key[1] <= 0x7E:
                try:
                    text = (prefix + bytes((key[0] | 0x80, key[1] | 0x80))).decode(codec)
                except UnicodeDecodeError:
                    pass
            decoded[key] = text
        return decoded[key]

    def encode(ch):
        if ch not in encoded:
            code = None
            if ord(ch) < 0x10000:
                try:
                    data = ch.encode(codec)
                except UnicodeEncodeError:
                    data = b''
                if len(data) == size and data.startswith(prefix) and data[-2] >= 0xA1 and data[-1] >= 0xA1:
                    code = (data[-2] & 0x7F) << 8 | data[-1] & 0x7F
            encoded[ch] = code
        return encoded[ch]

    return decode, encode


def _jisx0201_roman():
    def decode(data):
        c = data[0]
        return '\u00a5' if c == 0x5C else '\u203e' if c == 0x7E else chr(c) if c < 0x80 else None

    def encode(ch):
        c = ord(ch)
        if c < 0x80 and c not in (0x5C, 0x7E):
            return c
        return 0x5C if c == 0xA5 else 0x7E if c == 0x203E else None
    return decode, encode


def _jisx0201_katakana():
    def decode(data):
        c = data[0] ^ 0x80
        return chr(0xFEC0 + c) if 0xA1 <= c <= 0xDF else None

    def encode(ch):
        c = ord(ch)
        return c - 0xFEC0 - 0x80 if 0xFF61 <= c <= 0xFF9F else None
    return decode, encode


# the rows of JIS X 0213's plane 2 (the others are JIS X 0212's in EUC)
_PLANE2_ROWS = frozenset((1, 3, 4, 5, 8, 12, 13, 14, 15)) | frozenset(range(78, 95))


def _jisx0213(codec):
    """The two planes of JIS X 0213 read from codec (euc_jis_2004 or euc_jisx0213): decode of
    plane 1 and plane 2, and CPython's jisx0213_encoder: (code, consumed) for a character alone
    (plane 2 codes with 0x8000), _MULTIPLE for one that may begin a pair, the pair's code when
    asked with the next character (or the first alone when there is no such pair)."""
    # 1-2-18: the EUC codec reads U+FF5E there, CPython's JIS X 0213 table a tilde (and it encodes no U+FF5E)
    plane1, _ = _euc_pair(codec, special={(0x22, 0x32): '~'})
    euc_plane2, _ = _euc_pair(codec, prefix=b'\x8f')

    def plane2(data):
        # the EUC codec falls back to JIS X 0212 in the rows plane 2 leaves to it
        return euc_plane2(data) if data[0] - 0x20 in _PLANE2_ROWS else None
    alone_codes = {}
    starts = []

    def alone(ch):
        if ch not in alone_codes:
            try:
                data = ch.encode(codec)
            except UnicodeEncodeError:
                data = b''
            code = None
            if ch == '\uff5e':
                pass
            elif len(data) == 2 and data[0] >= 0xA1 and data[1] >= 0xA1:
                code = (data[0] & 0x7F) << 8 | data[1] & 0x7F
            elif len(data) == 3 and data[0] == 0x8F and (data[1] & 0x7F) - 0x20 in _PLANE2_ROWS:
                code = 0x8000 | (data[1] & 0x7F) << 8 | data[2] & 0x7F
            alone_codes[ch] = code
        return alone_codes[ch]

    def pair_starts():
        if not starts:
            found = set()
            for b1 in range(0x21, 0x7F):
                for b2 in range(0x21, 0x7F):
                    text = plane1(bytes((b1, b2)))
                    if text is not None and len(text) == 2:
                        found.add(text[0])
            starts.append(found)
        return starts[0]

    def encode(ch, following, length):
        if length == 1:
            return (_MULTIPLE, 1) if ch in pair_starts() else (alone(ch), 1)
        if length == 2:
            try:
                data = (ch + following).encode(codec)
            except UnicodeEncodeError:
                data = b''
            if len(data) == 2 and data[0] >= 0xA1 and data[1] >= 0xA1:
                return (data[0] & 0x7F) << 8 | data[1] & 0x7F, 2
        return alone(ch), 1

    def plane1_encode(ch, following, length):
        code, used = encode(ch, following, length)
        return (None if code is not None and code != _MULTIPLE and code & 0x8000 else code), used

    def pair_only(ch, following, length):
        code, used = encode(ch, following, length)
        if length == 1:
            return (code if code == _MULTIPLE else None), used
        return (code if length == 2 and used == 2 else None), used

    def plane2_encode(ch, following, length):
        code, used = encode(ch, following, length)
        if code is None or code == _MULTIPLE:
            return code, used
        return (code & 0x7FFF if code & 0x8000 else None), used

    return plane1, plane2, plane1_encode, pair_only, plane2_encode


def _nothing():
    return (lambda data: None), (lambda ch: None)


def _charsets():
    """The designations by name, each made once per interpreter (their caches fill as they are used)."""
    jisx0208 = _euc_pair('euc_jp')
    ksx1001 = _euc_pair('euc_kr', special={(0x24, 0x54): '\u3164'})
    sets = {}
    plane2_2004 = None
    for edition, codec, mark in (('2004', 'euc_jis_2004', 'Q'), ('2000', 'euc_jisx0213', 'O')):
        plane1, plane2, plane1_encode, pair_only, plane2_encode = _jisx0213(codec)
        # CPython's 2000-edition plane 2 decoder looks its table up after the emulation of 2-93-27
        # and keeps the table's (2004) character: both editions decode plane 2 alike
        plane2_2004 = plane2_2004 or plane2
        plane2 = plane2_2004
        sets['jisx0213_%s_1_paironly' % edition] = _Charset(ord(mark) | _DBCS, 0, 2, plane1, pairs=pair_only)
        sets['jisx0213_%s_1' % edition] = _Charset(ord(mark) | _DBCS, 0, 2, plane1, pairs=plane1_encode)
        sets['jisx0213_%s_2' % edition] = _Charset(ord('P') | _DBCS, 0, 2, plane2, pairs=plane2_encode)
    return sets | {
        'jisx0208': _Charset(ord('B') | _DBCS, 0, 2, *jisx0208),
        'jisx0208_o': _Charset(ord('@') | _DBCS, 0, 2, *jisx0208),
        'jisx0212': _Charset(ord('D') | _DBCS, 0, 2, *_euc_pair('euc_jp', prefix=b'\x8f')),
        'ksx1001_g0': _Charset(ord('C') | _DBCS, 0, 2, *ksx1001),
        'ksx1001_g1': _Charset(ord('C') | _DBCS, 1, 2, *ksx1001),
        'gb2312': _Charset(ord('A') | _DBCS, 0, 2, *_euc_pair('gb2312')),
        'jisx0201_r': _Charset(ord('J'), 0, 1, *_jisx0201_roman()),
        'jisx0201_k': _Charset(ord('I'), 0, 1, *_jisx0201_katakana()),
        'iso8859_1': _Charset(ord('A'), 2, 1, *_nothing()),
        'iso8859_7': _Charset(ord('F'), 2, 1, *_nothing()),
    }


_CONFIGS = {
    'iso2022_kr': (0, ('ksx1001_g1',)),
    'iso2022_jp': (_NO_SHIFT | _USE_JISX0208_EXT, ('jisx0208', 'jisx0201_r', 'jisx0208_o')),
    'iso2022_jp_1': (_NO_SHIFT | _USE_JISX0208_EXT, ('jisx0208', 'jisx0212', 'jisx0201_r', 'jisx0208_o')),
    'iso2022_jp_2': (_NO_SHIFT | _USE_G2 | _USE_JISX0208_EXT,
                     ('jisx0208', 'jisx0212', 'ksx1001_g0', 'gb2312', 'jisx0201_r', 'jisx0208_o',
                      'iso8859_1', 'iso8859_7')),
    'iso2022_jp_2004': (_NO_SHIFT | _USE_JISX0208_EXT,
                        ('jisx0213_2004_1_paironly', 'jisx0208', 'jisx0213_2004_1', 'jisx0213_2004_2')),
    'iso2022_jp_3': (_NO_SHIFT | _USE_JISX0208_EXT,
                     ('jisx0213_2000_1_paironly', 'jisx0208', 'jisx0213_2000_1', 'jisx0213_2000_2')),
    'iso2022_jp_ext': (_NO_SHIFT | _USE_JISX0208_EXT,
                       ('jisx0208', 'jisx0212', 'jisx0201_r', 'jisx0201_k', 'jisx0208_o')),
}

_NAMES = ('iso2022_kr', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3',
          'iso2022_jp_ext')

# the ISO 8859-7 characters single-shifted into G2 (CPython's ISO8859_7_DECODE): the bytes 0xA0-0xBF
# that are themselves, those 0xB4-0xFE that are 0x2D0 above, and three quotation marks
_GREEK_SAME, _GREEK_SHIFTED = 0x288F3BC9, 0xBFFFFD77
_GREEK_QUOTES = {0xA1: 0x2018, 0xA2: 0x2019, 0xAF: 0x2015}


def _greek(c):
    if c < 0xA0:
        return c
    if c < 0xC0 and _GREEK_SAME >> (c - 0xA0) & 1:
        return c
    if 0xB4 <= c <= 0xFE and (c >= 0xD4 or _GREEK_SHIFTED >> (c - 0xB4) & 1):
        return 0x2D0 + c
    return _GREEK_QUOTES.get(c)


class _ISO2022:
    """The coder of one ISO-2022 codec (its configuration's flags and designations)."""

    def __init__(self, name):
        flags, names = _CONFIGS[name]
        charsets = _charsets()
        self.flags = flags
        self.designations = [charsets[n] for n in names]

    # state: G0, G1, G2, G3 marks, then the flags byte
    def encoder_init(self):
        return bytearray((_ASCII, _ASCII, 0, 0, 0, 0, 0, 0))

    def encoder_reset(self, state):
        out = bytearray()
        if state[4] & _SHIFTED:
            out.append(_SI)
            state[4] &= ~_SHIFTED
        if state[0] != _ASCII:
            out += b'\x1b(B'
            state[0] = _ASCII
        return bytes(out)

    def decoder_init(self):
        return bytearray((_ASCII, _ASCII, _ASCII, 0, 0, 0, 0, 0))

    def decoder_reset(self, state):
        state[0] = _ASCII
        state[4] &= ~_SHIFTED

    def encode(self, state, text, start, final):
        out = bytearray()
        pos = start
        while pos < len(text):
            ch = text[pos]
            c = ord(ch)
            if c < 0x80:
                if state[0] != _ASCII:
                    out += b'\x1b(B'
                    state[0] = _ASCII
                if state[4] & _SHIFTED:
                    out.append(_SI)
                    state[4] &= ~_SHIFTED
                out.append(c)
                pos += 1
                continue
            for charset in self.designations:
                code, used = charset.pairs(ch, None, 1)
                if code == _MULTIPLE:
                    if pos + 1 < len(text):
                        code, used = charset.pairs(ch, text[pos + 1], 2)
                    elif not final:
                        return bytes(out), pos, _multibytecodec._TOOFEW
                    else:
                        code, used = charset.pairs(ch, None, -1)
                if code is not None:
                    break
            else:
                return bytes(out), pos, _multibytecodec._ILLEGAL_AT
            final = charset.mark & 0x7F
            if charset.plane == 0:
                if state[4] & _SHIFTED:
                    out.append(_SI)
                    state[4] &= ~_SHIFTED
                if state[0] != charset.mark:
                    if charset.width == 1:
                        out += bytes((_ESC, 0x28, final))
                    elif final == ord('B'):
                        out += bytes((_ESC, 0x24, final))
                    else:
                        out += bytes((_ESC, 0x24, 0x28, final))
                    state[0] = charset.mark
            else:
                if state[1] != charset.mark:
                    out += bytes((_ESC, 0x29, final)) if charset.width == 1 else bytes((_ESC, 0x24, 0x29, final))
                    state[1] = charset.mark
                if not state[4] & _SHIFTED:
                    out.append(_SO)
                    state[4] |= _SHIFTED
            out += bytes((code,)) if charset.width == 1 else bytes((code >> 8, code & 0xFF))
            pos += used
        return bytes(out), len(text), _multibytecodec._DONE

    def _escape(self, state, data, pos):
        """An escape sequence at pos: (0, its length) once designated, or (error size, 0), or
        (None, 0) when the input ends inside it."""
        size = len(data) - pos
        i = 1
        length = 0
        while i < _MAX_ESCAPE:
            if i >= size:
                return None, 0
            b = data[pos + i]
            if 0x41 <= b <= 0x5A or b == 0x40:
                length = i + 1
                break
            if self.flags & _USE_JISX0208_EXT and i + 1 < size and b == 0x26 and data[pos + i + 1] == 0x40:
                i += 2
            i += 1
        else:
            return 1, 0
        second = data[pos + 1]
        if length == 3:
            if second == 0x24:
                charset, graphic = data[pos + 2] | _DBCS, 0
            else:
                charset = data[pos + 2]
                if second == 0x28:
                    graphic = 0
                elif second == 0x29:
                    graphic = 1
                elif self.flags & _USE_G2 and second == 0x2E:
                    graphic = 2
                else:
                    return 3, 0
        elif length == 4:
            if second != 0x24:
                return 4, 0
            charset = data[pos + 3] | _DBCS
            if data[pos + 2] == 0x28:
                graphic = 0
            elif data[pos + 2] == 0x29:
                graphic = 1
            else:
                return 4, 0
        elif length == 6:
            if self.flags & _USE_JISX0208_EXT and data[pos + 3:pos + 6] == b'\x1b$B':
                charset, graphic = ord('B') | _DBCS, 0
            else:
                return 6, 0
        else:
            return length, 0
        if charset != _ASCII and not any(d.mark == charset for d in self.designations):
            return length, 0
        state[graphic] = charset
        return 0, length

    def _single_shift(self, state, c):
        """The character ESC N c reads from G2, or None."""
        if state[2] == ord('A'):
            return chr(c + 0x80) if c < 0x80 else None
        if state[2] == ord('F'):
            code = _greek(c ^ 0x80)
            return chr(code) if code is not None else None
        if state[2] == _ASCII:
            return chr(c) if not c & 0x80 else None
        return None

    def decode(self, state, data, start):
        out = []
        pos = start
        size = len(data)
        while pos < size:
            c = data[pos]
            if state[4] & _ESC_THROUGHOUT:
                # a foreign escape sequence, copied as Latin-1 up to its final byte
                out.append(chr(c))
                pos += 1
                if 0x41 <= c <= 0x5A or c == 0x40:
                    state[4] &= ~_ESC_THROUGHOUT
                continue
            if c == _ESC:
                if pos + 2 > size:
                    return ''.join(out), pos, _multibytecodec._TOOFEW, 0
                second = data[pos + 1]
                if second in (0x28, 0x29, 0x24, 0x2E, 0x26):
                    error, length = self._escape(state, data, pos)
                    if error is None:
                        return ''.join(out), pos, _multibytecodec._TOOFEW, 0
                    if error:
                        return ''.join(out), pos, _multibytecodec._ILLEGAL_AT, error
                    pos += length
                elif self.flags & _USE_G2 and second == 0x4E:
                    if pos + 3 > size:
                        return ''.join(out), pos, _multibytecodec._TOOFEW, 0
                    ch = self._single_shift(state, data[pos + 2])
                    if ch is None:
                        return ''.join(out), pos, _multibytecodec._ILLEGAL_AT, 3
                    out.append(ch)
                    pos += 3
                else:
                    out.append('\x1b')
                    state[4] |= _ESC_THROUGHOUT
                    pos += 1
                continue
            if c in (_SI, _SO) and not self.flags & _NO_SHIFT:
                if c == _SI:
                    state[4] &= ~_SHIFTED
                else:
                    state[4] |= _SHIFTED
                pos += 1
                continue
            if c == _LF:
                state[4] &= ~_SHIFTED
                out.append('\n')
                pos += 1
                continue
            if c < 0x20:
                out.append(chr(c))
                pos += 1
                continue
            if c >= 0x80:
                return ''.join(out), pos, _multibytecodec._ILLEGAL_AT, 1
            mark = state[1] if state[4] & _SHIFTED else state[0]
            if mark == _ASCII:
                out.append(chr(c))
                pos += 1
                continue
            charset = next(d for d in self.designations if d.mark == mark)
            if pos + charset.width > size:
                return ''.join(out), pos, _multibytecodec._TOOFEW, 0
            text = charset.decode(data[pos:pos + charset.width])
            if text is None:
                return ''.join(out), pos, _multibytecodec._ILLEGAL_AT, charset.width
            out.append(text)
            pos += charset.width
        return ''.join(out), pos, _multibytecodec._DONE, 0


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding, {name: (lambda n=name: _ISO2022(n)) for name in _NAMES})


# Frames that CPython runs in C leave no traceback entry: _codecs_iso2022 is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
