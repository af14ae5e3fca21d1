"""Python codec 'punycode': RFC 3492's Bootstring with the parameters of section 5.

Encoding keeps the ASCII characters in their order (followed by '-' when there are any), then
writes, for each non-ASCII character from the smallest code point up, the distances between its
insertions as generalized variable-length integers (digits 'a'..'z', '0'..'9' in base 36 with
thresholds set by the bias, which adapts after each number). Decoding reverses it; the digits
are read in any case. errors: 'strict' raises UnicodeError at a bad digit, an unfinished
number or a code point past U+10FFFF; 'replace' and 'ignore' stop at the first two (what was
decoded so far is the result) and turn the third into '?'."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _threshold(k, bias):
    """t(k) of section 6: the smallest digit that ends a number at position k."""
    return min(max(_BASE * (k + 1) - bias, _TMIN), _TMAX)


def _adapt(delta, first, count):
    """The bias after a delta (section 6.1)."""
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > (_BASE - _TMIN) * _TMAX // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + _BASE * delta // (delta + _SKEW)


def _deltas(text):
    """The insertion deltas (section 3.2): for each non-ASCII code point in increasing order, each
    position it takes, counted among the characters below it, from the previous insertion."""
    codes = [ord(c) for c in text]
    result = []
    n = _INITIAL_N
    last = -1
    for m in sorted({c for c in codes if c >= _INITIAL_N}):
        smaller = sum(1 for c in codes if c < m)
        delta = (smaller + 1) * (m - n)
        index = -1
        for c in codes:
            if c < m:
                index += 1
            elif c == m:
                index += 1
                delta += index - last
                result.append(delta - 1)
                last = index
                delta = 0
        n = m
    return result


def _encode_number(out, q, bias):
    k = 0
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_DIGITS[q])
            return
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += 1


def punycode_encode(text):
    """text as punycode bytes."""
    out = bytearray(c for c in map(ord, text) if c < _INITIAL_N)
    basic = len(out)
    if basic:
        out.append(0x2D)
    bias = _INITIAL_BIAS
    for i, delta in enumerate(_deltas(text)):
        _encode_number(out, delta, bias)
        bias = _adapt(delta, i == 0, basic + i + 1)
    return bytes(out)


def _decode_number(digits, at, bias, errors):
    """(position after, value) of the generalized integer at digits[at]; value None where it is
    cut short or holds a character that is no digit (not 'strict')."""
    value, weight, k = 0, 1, 0
    while True:
        if at >= len(digits):
            if errors == 'strict':
                raise UnicodeError("incomplete punicode string")
            return at + 1, None
        c = digits[at]
        at += 1
        if 'A' <= c <= 'Z':
            digit = ord(c) - 0x41
        elif '0' <= c <= '9':
            digit = ord(c) - 0x30 + 26
        elif errors == 'strict':
            raise UnicodeError("Invalid extended code point '%s'" % c)
        else:
            return at, None
        value += digit * weight
        t = _threshold(k, bias)
        if digit < t:
            return at, value
        weight *= _BASE - t
        k += 1


def _insert_all(text, digits, errors):
    """The characters the deltas in digits insert into text (section 6.2)."""
    n, i, bias, at = _INITIAL_N, -1, _INITIAL_BIAS, 0
    chars = list(text)
    while at < len(digits):
        after, delta = _decode_number(digits, at, bias, errors)
        if delta is None:
            break
        i += delta + 1
        n += i // (len(chars) + 1)
        i %= len(chars) + 1
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError("Invalid character U+%x" % n)
            n = 0x3F
        chars.insert(i, chr(n))
        bias = _adapt(delta, at == 0, len(chars))
        at = after
    return ''.join(chars)


def punycode_decode(data, errors):
    """The text of punycode data (bytes-like, or str of ASCII)."""
    if isinstance(data, str):
        data = data.encode('ascii')
    data = bytes(data)
    dash = data.rfind(b'-')
    basic = '' if dash < 0 else str(data[:dash], 'ascii', errors)
    return _insert_all(basic, str(data[dash + 1:], 'ascii').upper(), errors)


def _check_errors(errors):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError("Unsupported error handling " + errors)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        _check_errors(errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        _check_errors(self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
