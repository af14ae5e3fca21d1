"""Python codec 'idna': internationalized domain names as RFC 3490 (IDNA 2003) and RFC 3491
(nameprep) write them, with AllowUnassigned and without UseSTD3ASCIIRules, as CPython's.

A name is split into labels at the four dots of section 3.1 (decoding bytes: at '.'); a label of
ASCII is kept as it is, any other goes through nameprep (stringprep's tables B.1 and B.2, NFKC
of Unicode 3.2, the prohibited tables, the bidi rules) and, when still not ASCII, becomes
'xn--' and its punycode. A label must have 1 to 63 bytes. Decoding reverses 'xn--' labels and
checks that the result encodes back to the same label. Only errors='strict' is accepted."""

import codecs
import stringprep
from unicodedata import ucd_3_2_0 as unicodedata

ace_prefix = b"xn--"
sace_prefix = "xn--"
# section 3.1: the label separators
_DOTS = {0x3002: '.', 0xFF0E: '.', 0xFF61: '.'}

_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3,
               stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
               stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9)


def _labels(name):
    return name.translate(_DOTS).split('.')


def nameprep(label):
    """RFC 3491's profile of stringprep for a label (str)."""
    label = ''.join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = unicodedata.normalize("NFKC", label)
    for c in label:
        if any(table(c) for table in _PROHIBITED):
            raise UnicodeError("Invalid character %r" % c)
    right_to_left = [stringprep.in_table_d1(c) for c in label]
    if any(right_to_left):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not (right_to_left[0] and right_to_left[-1]):
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _sized(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def _ascii(text):
    """text as ASCII bytes, or None."""
    try:
        return text.encode("ascii")
    except UnicodeError:
        return None


def ToASCII(label):
    """A label (str) as its ASCII form (bytes), section 4.1."""
    encoded = _ascii(label)
    if encoded is not None:
        return _sized(encoded)
    label = nameprep(label)
    encoded = _ascii(label)
    if encoded is not None:
        return _sized(encoded)
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _sized(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    """A label (bytes, or str) as its Unicode form (str), section 4.2."""
    if not isinstance(label, bytes):
        encoded = _ascii(label)
        if encoded is None:
            encoded = _ascii(nameprep(label))
            if encoded is None:
                raise UnicodeError("Invalid character in IDN label")
        label = encoded
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    result = label[len(ace_prefix):].decode("punycode")
    again = ToASCII(result)
    if str(label, "ascii").lower() != str(again, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, again)
    return result


def _strict(errors, word):
    if errors != 'strict':
        raise UnicodeError("%s error handling %s" % (word, errors))


def _split_last(labels, final, dot):
    """(the labels to code now, what follows them): a trailing empty label is the name's final
    dot; before the final input the last label may be unfinished, so it waits."""
    if labels and not labels[-1]:
        return labels[:-1], dot
    if labels and not final:
        labels = labels[:-1]
        return labels, dot if labels else dot[:0]
    return labels, dot[:0]


def _consumed(labels, dot):
    """How much input the labels and the dot after them used, counted as CPython counts it (no
    separator after a first label that is empty)."""
    size = 0
    for label in labels:
        if size:
            size += 1
        size += len(label)
    return size + len(dot)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        _strict(errors, "unsupported")
        if not input:
            return b'', 0
        encoded = _ascii(input)
        if encoded is not None:
            labels = encoded.split(b'.')
            for label in labels[:-1]:
                _sized(label)
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return encoded, len(input)
        labels, dot = _split_last(_labels(input), True, b'.')
        return b'.'.join(ToASCII(label) for label in labels) + dot, len(input)

    def decode(self, input, errors='strict'):
        _strict(errors, "Unsupported")
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode('ascii'), len(input)
            except UnicodeDecodeError:
                pass
        labels, dot = _split_last(input.split(b"."), True, '.')
        return ".".join(ToUnicode(label) for label in labels) + dot, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        _strict(errors, "unsupported")
        if not input:
            return (b'', 0)
        labels, dot = _split_last(_labels(input), final, b'.')
        result = b'.'.join(ToASCII(label) for label in labels) + dot
        return (result, _consumed(labels, dot))


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _strict(errors, "Unsupported")
        if not input:
            return ("", 0)
        labels = _labels(input) if isinstance(input, str) else str(input, "ascii").split(".")
        labels, dot = _split_last(labels, final, '.')
        result = ".".join(ToUnicode(label) for label in labels) + dot
        return (result, _consumed(labels, dot))


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='idna', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
