"""Character sets as email sees them: how a charset's headers and bodies are encoded.

Each known charset maps to (header encoding, body encoding, output charset); an
encoding is QP (quoted-printable), BASE64, SHORTEST (whichever of the two is
shorter, for headers only) or None (sent as is).
"""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

import binascii

import email.errors

QP = 1
BASE64 = 2
SHORTEST = 3

RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

_LATIN = (QP, QP, None)
CHARSETS = {
    'us-ascii': (None, None, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'viscii': _LATIN,
    'unknown-8bit': _LATIN,
}
for _n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16):
    CHARSETS['iso-8859-%d' % _n] = _LATIN
CHARSETS['windows-1252'] = _LATIN

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1',
    'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'latin_3': 'iso-8859-3', 'latin-3': 'iso-8859-3',
    'latin_4': 'iso-8859-4', 'latin-4': 'iso-8859-4',
    'latin_5': 'iso-8859-9', 'latin-5': 'iso-8859-9',
    'latin_6': 'iso-8859-10', 'latin-6': 'iso-8859-10',
    'latin_7': 'iso-8859-13', 'latin-7': 'iso-8859-13',
    'latin_8': 'iso-8859-14', 'latin-8': 'iso-8859-14',
    'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
    'latin_10': 'iso-8859-16', 'latin-10': 'iso-8859-16',
    'cp949': 'ks_c_5601-1987',
    'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr',
    'ascii': 'us-ascii',
}

CODEC_MAP = {
    'gb2312': 'eucgb2312_cn',
    'big5': 'big5_tw',
    'us-ascii': None,
}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how a charset's headers and bodies are encoded."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Let another name stand for a registered charset."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Name the Python codec that converts a charset."""
    CODEC_MAP[charset] = codecname


# Quoted-printable as RFC 2047 (headers) and RFC 2045 (bodies) want it.

_HEADER_SAFE = frozenset(b'-!*+/' + bytes(range(ord('a'), ord('z') + 1))
                         + bytes(range(ord('A'), ord('Z') + 1))
                         + bytes(range(ord('0'), ord('9') + 1)))
_BODY_SAFE = frozenset(b for b in range(33, 127) if b != ord('=')) | {ord(' '), ord('\t')}


def _qp_header_length(data):
    return sum(1 if (b in _HEADER_SAFE or b == 32) else 3 for b in data)


def _qp_header_text(data):
    out = []
    for b in data:
        if b == 32:
            out.append('_')
        elif b in _HEADER_SAFE:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def _b64_length(data):
    whole, rest = divmod(len(data), 3)
    return (whole + (1 if rest else 0)) * 4


def _qp_body(text, maxlinelen=76, eol='\n'):
    """Quoted-printable a body (a str of code points below 256), line by line."""
    if not text:
        return text
    lines = text.splitlines()
    out = []
    for line in lines:
        pieces = []
        for i, ch in enumerate(line):
            b = ord(ch)
            last = i == len(line) - 1
            if b in _BODY_SAFE and not (last and ch in ' \t'):
                pieces.append(ch)
            else:
                pieces.append('=%02X' % b)
        cur = ''
        for piece in pieces:
            if len(cur) + len(piece) > maxlinelen - 1:
                out.append(cur + '=')
                cur = ''
            cur += piece
        out.append(cur)
    body = eol.join(out)
    if text[-1] in '\r\n':
        body += eol
    return body


def _b64_body(data, maxlinelen=76, eol='\n'):
    if not data:
        return ''
    step = maxlinelen * 3 // 4
    lines = []
    for start in range(0, len(data), step):
        chunk = binascii.b2a_base64(data[start:start + step]).decode('ascii')
        if chunk.endswith('\n') and eol != '\n':
            chunk = chunk[:-1] + eol
        lines.append(chunk)
    return EMPTYSTRING.join(lines)


class Charset:
    """A charset's name and the encodings its headers and bodies get."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            raise email.errors.CharsetError(input_charset)
        name = input_charset.lower()
        self.input_charset = ALIASES.get(name, name)
        henc, benc, conv = CHARSETS.get(self.input_charset,
                                        (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """The Content-Transfer-Encoding name, or encode_7or8bit when none."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        from email.encoders import encode_7or8bit
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _header_kind(self, data):
        if self.header_encoding == BASE64:
            return 'b'
        if self.header_encoding == QP:
            return 'q'
        if self.header_encoding == SHORTEST:
            return 'b' if _b64_length(data) < _qp_header_length(data) else 'q'
        return None

    def header_encode(self, string):
        """One RFC 2047 encoded word for the whole string (no line splitting)."""
        codec = self.output_codec or 'us-ascii'
        data = string.encode(codec, 'surrogateescape') if isinstance(string, str) else string
        kind = self._header_kind(data)
        if kind is None:
            return string
        return _encoded_word(data, self.get_output_charset(), kind)

    def header_encode_lines(self, string, maxlengths):
        """The string as encoded words, each at most the next of maxlengths long."""
        codec = self.output_codec or 'us-ascii'
        kind = self._header_kind(string.encode(codec, 'surrogateescape'))
        if kind is None:
            return [string]
        name = self.get_output_charset()
        lines = []
        cur = ''
        limit = next(maxlengths)
        for ch in string:
            trial = cur + ch
            word = _encoded_word(trial.encode(codec, 'surrogateescape'), name, kind)
            if cur and len(word) > limit:
                lines.append(_encoded_word(cur.encode(codec, 'surrogateescape'), name, kind))
                cur = ch
                limit = next(maxlengths)
            else:
                cur = trial
        if cur or not lines:
            lines.append(_encoded_word(cur.encode(codec, 'surrogateescape'), name, kind))
        return lines

    def body_encode(self, string):
        """The body in this charset's transfer encoding."""
        if not string:
            return string
        if self.body_encoding is BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _b64_body(string)
        if self.body_encoding is QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return _qp_body(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string


def _encoded_word(data, charset, kind):
    if kind == 'b':
        text = binascii.b2a_base64(data, newline=False).decode('ascii')
    else:
        text = _qp_header_text(data)
    return '=?%s?%s?%s?=' % (charset, kind, text)
