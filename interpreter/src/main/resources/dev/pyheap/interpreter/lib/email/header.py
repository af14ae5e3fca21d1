"""Headers holding text in several charsets, as RFC 2047 encoded words.

A Header is a list of (text, Charset) chunks. str() joins their text; encode()
turns the non-ASCII chunks into encoded words and folds the result into lines
of at most maxlinelen characters, breaking at white space.
"""

__all__ = ['Header', 'decode_header', 'make_header']

import binascii
import re

import email.charset
from email import errors

Charset = email.charset.Charset

NL = '\n'
SPACE = ' '
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

ecre = re.compile(r'''
  =\?                   # literal =?
  (?P<charset>[^?]*?)   # non-greedy up to the next ? is the charset
  \?                    # literal ?
  (?P<encoding>[qQbB])  # either a "q" or a "b", case insensitive
  \?                    # literal ?
  (?P<encoded>.*?)      # non-greedy up to the next ?= is the encoded string
  \?=                   # literal ?=
  ''', re.VERBOSE | re.MULTILINE)


def _decode_q(text):
    data = text.replace('_', ' ').encode('ascii', 'surrogateescape')
    return re.sub(rb'=([0-9a-fA-F]{2})', lambda m: bytes([int(m.group(1), 16)]), data)


def _decode_b(text):
    data = text.encode('ascii', 'surrogateescape')
    missing = -len(data) % 4
    try:
        return binascii.a2b_base64(data + b'=' * missing)
    except binascii.Error:
        raise errors.HeaderParseError('Base64 decoding error')


def decode_header(header):
    """[(bytes or str, charset or None), ...]: the header's encoded words decoded.

    A header without encoded words comes back as one (str, None) pair; otherwise
    every piece is bytes, and adjacent pieces of one charset are joined.
    """
    if hasattr(header, '_chunks'):
        return [(_bytes_of(text, str(cs)), str(cs)) for text, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    pieces = []
    for line in header.splitlines():
        parts = ecre.split(line)
        first = True
        while parts:
            plain = parts.pop(0)
            if first:
                plain = plain.lstrip()
                first = False
            if plain:
                pieces.append((plain, None, None))
            if parts:
                charset = parts.pop(0).lower()
                encoding = parts.pop(0).lower()
                encoded = parts.pop(0)
                pieces.append((encoded, encoding, charset))
    # White space between two encoded words is not part of the text.
    kept = []
    for i, (text, encoding, charset) in enumerate(pieces):
        if (encoding is None and text.isspace() and 0 < i < len(pieces) - 1
                and pieces[i - 1][1] is not None and pieces[i + 1][1] is not None):
            continue
        kept.append((text, encoding, charset))
    decoded = []
    for text, encoding, charset in kept:
        if encoding is None:
            decoded.append((text, charset))
        elif encoding == 'q':
            decoded.append((_decode_q(text), charset))
        else:
            decoded.append((_decode_b(text), charset))
    collapsed = []
    last_charset = None
    for word, charset in decoded:
        if isinstance(word, str):
            word = bytes(word, 'raw-unicode-escape')
        if last_charset is None and collapsed and charset is None:
            collapsed[-1] = (collapsed[-1][0] + word, None)
        elif collapsed and charset == last_charset:
            collapsed[-1] = (collapsed[-1][0] + word, charset)
        elif last_charset is not None and charset is None:
            collapsed.append((word, charset))
        elif last_charset is None and collapsed and charset is not None:
            collapsed.append((word, charset))
        else:
            collapsed.append((word, charset))
        last_charset = charset
    return collapsed


def _bytes_of(text, charset):
    return text.encode(charset if charset not in ('unknown-8bit',) else 'ascii',
                       'surrogateescape')


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """A Header from decode_header's pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(text, charset)
    return h


def _nonctext(s):
    return s.isspace() or s in ('(', ')', '\\')


class Header:
    """A header value made of chunks of text, each in its own charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        self._maxlinelen = maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        self._normalize()
        out = []
        last_cs = None
        last_space = None
        for text, charset in self._chunks:
            next_cs = charset
            if next_cs == email.charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if out:
                has_space = bool(text) and _nonctext(text[0])
                if last_cs not in (None, 'us-ascii'):
                    if next_cs in (None, 'us-ascii') and not has_space:
                        out.append(SPACE)
                        next_cs = None
                elif next_cs not in (None, 'us-ascii') and not last_space:
                    out.append(SPACE)
            last_space = bool(text) and _nonctext(text[-1])
            last_cs = next_cs
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add a chunk: bytes are decoded from charset; text that the charset
        cannot carry falls back to UTF-8."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            s = s.decode(codec, errors)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != email.charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _normalize(self):
        merged = []
        last_cs = None
        buf = []
        for text, charset in self._chunks:
            if charset == last_cs:
                buf.append(text)
            else:
                if last_cs is not None:
                    merged.append((SPACE.join(buf), last_cs))
                buf = [text]
                last_cs = charset
        if buf:
            merged.append((SPACE.join(buf), last_cs))
        self._chunks = merged

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The header as lines of ASCII, non-ASCII chunks as encoded words."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        lines = []
        current = ''
        # The header's name and ': ' share the first line.
        used = self._headerlen
        last_encoded = False
        for text, charset in self._chunks:
            for index, line in enumerate(text.splitlines() or ['']):
                if index > 0 and (current or lines):
                    lines.append(current)
                    current = ''
                    used = 0
                if charset.header_encoding is None:
                    if last_encoded and index == 0 and line[:1] not in ('', ' ', '\t'):
                        # an encoded word needs white space after it
                        line = ' ' + line
                    for ws, word in re.findall(r'([ \t]*)([^ \t]*)', line):
                        if not ws and not word:
                            continue
                        if (used + len(current) + len(ws) + len(word) > maxlinelen
                                and (current or used)):
                            if current or not lines:
                                lines.append(current)
                            current = (ws or self._continuation_ws) + word
                            used = 0
                        else:
                            current += ws + word
                    continue
                if index > 0:
                    line = line.lstrip()
                    current = self._continuation_ws
                sep = ' ' if current.strip() and current[-1] not in ' \t' else ''
                first = maxlinelen - used - len(current) - len(sep)
                rest = maxlinelen - len(self._continuation_ws)

                def limits(first=first, rest=rest):
                    yield first
                    while True:
                        yield rest
                words = charset.header_encode_lines(line, limits())
                current += sep + words[0]
                for word in words[1:]:
                    lines.append(current)
                    current = self._continuation_ws + word
                    used = 0
            last_encoded = charset.header_encoding is not None
        lines.append(current)
        result = linesep.join(lines)
        return result
