"""The codec registry's common uses: encode, decode, lookup (CodecInfo),
getencoder/getdecoder, and the byte-order marks.

pyheap's own implementation of the standard module over the codecs str.encode
and bytes.decode know (UTF-8, UTF-8 with signature, UTF-16, UTF-32 and their
-le/-be forms, Latin-1, ASCII, unicode_escape, raw_unicode_escape, and the
single-byte codecs of _charmaps: cp1252, cp437, the ISO 8859 family, mac_roman,
koi8_r...), and through codecs.encode/decode the bytes-to-bytes codecs hex,
base64 and zlib and the str-to-str rot13.  Not here:
register, incremental and stream codecs, iterencode/iterdecode,
register_error/lookup_error.
"""

import builtins
import _codecs

__all__ = ["encode", "decode", "lookup", "CodecInfo", "getencoder", "getdecoder",
           "open", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE",
           "BOM_UTF32_LE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# this machine is little-endian
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

# the normalized names (lower case, '_' for '-' and ' ') of each codec's name
_ALIASES = {}
for _name, _aliases in [
        ('utf-8', 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001'),
        ('utf-8-sig', 'utf_8_sig'),
        ('iso8859-1', 'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 iso_ir_100 csisolatin1'),
        ('ascii', 'ascii us_ascii 646 ansi_x3.4_1968 cp367 csascii ibm367 iso646_us us'),
        ('utf-16', 'utf_16 utf16 u16'),
        ('utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked'),
        ('utf-16-be', 'utf_16_be utf_16be unicodebigunmarked'),
        ('utf-32', 'utf_32 utf32 u32'),
        ('utf-32-le', 'utf_32_le utf_32le'),
        ('utf-32-be', 'utf_32_be utf_32be'),
        ('unicode-escape', 'unicode_escape'),
        ('raw-unicode-escape', 'raw_unicode_escape')]:
    for _alias in _aliases.split():
        _ALIASES[_alias] = _name
del _name, _aliases, _alias


class CodecInfo(tuple):
    """A codec: (encode, decode, stream reader, stream writer) and its name."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


_cache = {}


def _rot13(text):
    return text.translate(_ROT13)


_ROT13 = {c: (c - base + 13) % 26 + base for base in (65, 97) for c in range(base, base + 26)}


def _binary_codecs():
    """The bytes-to-bytes codecs (and rot-13, str to str) of codecs.encode/decode: name to
    (encoder, decoder), each a function of the whole input; imported on first use."""
    import binascii
    import base64
    import zlib
    return {'hex': (binascii.b2a_hex, binascii.a2b_hex),
            'base64': (base64.encodebytes, base64.decodebytes),
            'zlib': (zlib.compress, zlib.decompress),
            'rot-13': (_rot13, _rot13)}


_BINARY_ALIASES = {'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64',
                   'base64_codec': 'base64', 'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib',
                   'rot13': 'rot-13', 'rot_13': 'rot-13'}


def _binary_info(name):
    encoder, decoder = _binary_codecs()[name]

    def call(f, what, input, errors):
        if errors != 'strict':
            raise ValueError("%s error handling is not supported" % errors)
        try:
            return f(input)
        except Exception as e:
            raise type(e)("%s with %r codec failed (%s: %s)" % (what, name, type(e).__name__, e)) from e

    def encode(input, errors='strict'):
        return (call(encoder, 'encoding', input, errors), len(input))

    def decode(input, errors='strict'):
        return (call(decoder, 'decoding', input, errors), len(input))
    return CodecInfo(encode, decode, name=name, _is_text_encoding=False)


def lookup(encoding):
    """The CodecInfo of the encoding (any spelling of its name);
    LookupError for an encoding there is no codec for."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = '_'.join(encoding.lower().replace('-', ' ').replace('_', ' ').split())
    name = _ALIASES.get(key)
    if name is None and key in _BINARY_ALIASES:
        name = _BINARY_ALIASES[key]
        info = _cache.get(name)
        if info is None:
            info = _cache[name] = _binary_info(name)
        return info
    if name is None:
        import _charmaps
        name = _charmaps.NAMES.get(key)
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _cache.get(name)
    if info is None:
        def encode(input, errors='strict', _name=name):
            return (input.encode(_name, errors), len(input))

        def decode(input, errors='strict', _name=name):
            return (bytes(input).decode(_name, errors), len(input))
        info = CodecInfo(encode, decode, name=name)
        _cache[name] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec registered for encoding."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        return info.encode(obj, errors)[0]
    return _codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec registered for encoding."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        return info.decode(obj, errors)[0]
    name = info.name
    if isinstance(obj, str) and name in ('unicode-escape', 'raw-unicode-escape'):
        # these two decoders take a str as its UTF-8 bytes
        obj = obj.encode('utf-8')
    if isinstance(obj, str):
        raise TypeError("decoding with %r codec failed (TypeError: a bytes-like object is "
                        "required, not 'str')" % name)
    return _codecs.decode(obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """The file opened with builtins.open (in binary mode when an encoding
    is given, as CPython's codecs.open reads and writes through the codec)."""
    if encoding is None:
        return builtins.open(filename, mode)
    raise NotImplementedError("codecs.open with an encoding is not supported")
