"""Python codec 'utf-7' (RFC 2152), as CPython's built-in codec (Objects/unicodeobject.c) behaves.

Encoding: the characters of sets D and O and the white space (tab, CR, LF, space) are written as
themselves; '+' as '+-'; any other run of characters goes into a shift sequence: '+', the UTF-16
code units in modified base64 (a character beyond U+FFFF as its surrogate pair), the last bits
padded with zeros, then '-' only where the next character is a base64 character or '-' itself
(or at the end of the text).

Decoding: every ASCII byte but '+' stands for itself; '+-' is '+'; '+' followed by base64
characters starts a shift sequence, which any other byte ends (a '-' ending it is dropped). A
high surrogate followed by a low one becomes one character; an unpaired surrogate is kept. The
errors, with CPython's ranges and reasons: a byte beyond ASCII ('unexpected special character'),
'+' followed by neither base64 nor '-' ('ill-formed sequence'), a shift sequence ending inside a
code unit ('partial character in shift sequence', 'non-zero padding bits in shift sequence'),
and at the end of final input an unfinished one ('unterminated shift sequence'). Decoding
input that is not final keeps an open shift sequence for the next call."""

import codecs

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# the ASCII characters written as themselves (sets D and O, tab, LF, CR and space): every
# printable one but '+', '\\' and '~'
_DIRECT = frozenset([9, 10, 13] + [c for c in range(32, 127) if c not in b'+\\~'])


def _utf16_units(code):
    if code < 0x10000:
        return (code,)
    code -= 0x10000
    return (0xD800 | code >> 10, 0xDC00 | code & 0x3FF)


def utf_7_encode(input, errors=None):
    """(the UTF-7 bytes of str input, its length); encoding cannot fail, errors is not used."""
    if not isinstance(input, str):
        raise TypeError("utf_7_encode() argument 1 must be str, not %s" % type(input).__name__)
    out = bytearray()
    shifted = False
    bits = nbits = 0
    for ch in input:
        code = ord(ch)
        if code in _DIRECT:
            if shifted:
                if nbits:
                    out.append(ord(_B64[bits << (6 - nbits) & 0x3F]))
                    bits = nbits = 0
                shifted = False
                if code in _B64_VALUE or code == 0x2D:
                    out.append(0x2D)
            out.append(code)
            continue
        if not shifted:
            if code == 0x2B:
                out += b'+-'
                continue
            out.append(0x2B)
            shifted = True
        for unit in _utf16_units(code):
            bits = bits << 16 | unit
            nbits += 16
            while nbits >= 6:
                nbits -= 6
                out.append(ord(_B64[bits >> nbits & 0x3F]))
            bits &= (1 << nbits) - 1
    if nbits:
        out.append(ord(_B64[bits << (6 - nbits) & 0x3F]))
    if shifted:
        out.append(0x2D)
    return bytes(out), len(input)


def utf_7_decode(input, errors=None, final=False):
    """(the text of the UTF-7 bytes-like input, how many bytes were used): all of them when final,
    else up to an open shift sequence."""
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(input)
    if errors is None:
        errors = 'strict'
    out = []
    size = len(data)
    i = 0
    shifted = False
    bits = nbits = 0
    surrogate = 0
    start = 0          # where the shift sequence (or the error) began
    shift_out = 0      # how much text there was when the shift sequence began

    def failed(begin, end, reason):
        out.append(codecs._decode_error(errors, 'utf7', data, begin, end, reason))
        return end

    while i < size:
        b = data[i]
        if shifted:
            value = _B64_VALUE.get(b)
            if value is not None:
                i += 1
                bits = bits << 6 | value
                nbits += 6
                if nbits >= 16:
                    nbits -= 16
                    unit = bits >> nbits
                    bits &= (1 << nbits) - 1
                    if surrogate:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(chr(0x10000 + ((surrogate - 0xD800) << 10) + unit - 0xDC00))
                            surrogate = 0
                            continue
                        out.append(chr(surrogate))
                        surrogate = 0
                    if 0xD800 <= unit <= 0xDBFF:
                        surrogate = unit
                    else:
                        out.append(chr(unit))
                continue
            shifted = False
            if nbits >= 6:
                i = failed(start, i + 1, "partial character in shift sequence")
                continue
            if nbits and bits:
                i = failed(start, i + 1, "non-zero padding bits in shift sequence")
                continue
            if surrogate and b < 0x80 and b != 0x2B:
                out.append(chr(surrogate))
            surrogate = 0
            if b == 0x2D:
                i += 1
        elif b == 0x2B:
            start = i
            i += 1
            if i < size and data[i] == 0x2D:
                i += 1
                out.append('+')
            elif i < size and data[i] not in _B64_VALUE:
                i = failed(start, i + 1, "ill-formed sequence")
            else:
                shifted = True
                surrogate = 0
                bits = nbits = 0
                shift_out = len(out)
        elif b < 0x80:
            i += 1
            out.append(chr(b))
        else:
            i = failed(i, i + 1, "unexpected special character")
    if shifted and final:
        shifted = False
        if surrogate or nbits >= 6 or (nbits and bits):
            failed(start, size, "unterminated shift sequence")
    if shifted:
        return ''.join(out[:shift_out]), start
    return ''.join(out), size


def encode(input, errors='strict'):
    return utf_7_encode(input, errors)


def decode(input, errors='strict'):
    return utf_7_decode(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return utf_7_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return utf_7_decode(input, errors, final)


class StreamWriter(codecs.StreamWriter):
    def encode(self, input, errors='strict'):
        return utf_7_encode(input, errors)


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        return utf_7_decode(input, errors, False)


def getregentry():
    return codecs.CodecInfo(name='utf-7', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
