"""The codec registry's common uses: encode, decode, lookup (CodecInfo),
getencoder/getdecoder, and the byte-order marks.

pyheap's own implementation of the standard module over the codecs str.encode
and bytes.decode know (UTF-8, UTF-8 with signature, UTF-16, UTF-32 and their
-le/-be forms, Latin-1, ASCII, unicode_escape, raw_unicode_escape, and the
single-byte codecs of _charmaps: cp1252, cp437, the ISO 8859 family, mac_roman,
koi8_r...), and through codecs.encode/decode the bytes-to-bytes codecs hex,
base64 and zlib and the str-to-str rot13.  The text codecs have incremental
encoders and decoders (a decoder holds back the bytes of a character split
between two inputs: UTF-8, UTF-16 and UTF-32, with their byte order marks).
The encodings package's codec modules hand out this registry's CodecInfo
objects; register adds search functions for other names, whose codecs
codecs.encode/decode use, and str.encode/bytes.decode too through
_encode_text/_decode_text (the runtime's hook for the codecs it lacks, such as
idna, punycode and utf-7 of the encodings package).  Not here: stream codecs
(StreamReader/StreamWriter), register_error/lookup_error.
"""

import builtins
import _codecs

__all__ = ["register", "unregister", "encode", "decode", "lookup", "CodecInfo", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "iterencode", "iterdecode",
           "Codec", "IncrementalEncoder", "IncrementalDecoder", "BufferedIncrementalEncoder",
           "BufferedIncrementalDecoder",
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


class Codec:
    """The interface of a stateless codec: encode and decode return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input given in pieces; encode(input, final) returns what the pieces so far
    encode to that was not returned before."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Back to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the encoder's state (from getstate)."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the text _buffer_encode did not consume for the next call."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes an input given in pieces; decode(input, final) returns the text the bytes so
    far decode to that was not returned before."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Back to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the decoder's state (from getstate)."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes _buffer_decode did not consume (the start of
    a character split between two inputs) for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _incomplete_tail(name, data):
    """How many bytes at the end of data start a character that more input may complete."""
    if name in ('utf-8', 'utf-8-sig'):
        for back in range(1, min(3, len(data)) + 1):
            lead = data[-back]
            if 0x80 <= lead <= 0xBF:
                continue
            need = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
            if need <= back:
                return 0
            if back >= 2:
                second = data[-back + 1]
                low, high = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                             0xF4: (0x80, 0x8F)}.get(lead, (0x80, 0xBF))
                if not low <= second <= high:
                    return 0
            return back
        return 0
    unit = 2 if name.startswith('utf-16') else 4 if name.startswith('utf-32') else 0
    if not unit:
        return 0
    keep = len(data) % unit
    if unit == 2 and len(data) - keep >= 2:
        last = data[len(data) - keep - 2:len(data) - keep]
        high = last[1] if name.endswith('le') else last[0]
        if 0xD8 <= high <= 0xDB:
            keep += 2
    return keep


# the codecs whose module in the encodings package is not named after the codec
_MODULES = {'iso8859-1': 'latin_1', 'hex': 'hex_codec', 'base64': 'base64_codec',
            'zlib': 'zlib_codec'}


def _module_name(name):
    """The name of the codec's module in the encodings package."""
    return _MODULES.get(name, name.replace('-', '_'))


def _text_coders(name):
    """The incremental encoder and decoder classes of the text codec name (our registry's)."""
    sig = {'utf-8-sig': BOM_UTF8, 'utf-16': BOM_UTF16, 'utf-32': BOM_UTF32}.get(name)
    # after the byte order mark, the codec that reads the rest
    body = {'utf-8-sig': 'utf-8', 'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le'}.get(name, name)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = sig is not None

        def encode(self, input, final=False):
            data = input.encode(body, self.errors)
            if self.first:
                self.first = False
                data = sig + data
            return data

        def reset(self):
            self.first = sig is not None

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.codec = None if sig is not None else name

        def _buffer_decode(self, input, errors, final):
            start = 0
            if self.codec is None:
                # the byte order mark (or the signature) decides the codec of what follows
                marks = {BOM_UTF8: 'utf-8'} if name == 'utf-8-sig' else \
                    {BOM_UTF16_LE: 'utf-16-le', BOM_UTF16_BE: 'utf-16-be'} if name == 'utf-16' else \
                    {BOM_UTF32_LE: 'utf-32-le', BOM_UTF32_BE: 'utf-32-be'}
                for mark, codec in marks.items():
                    if input.startswith(mark):
                        self.codec, start = codec, len(mark)
                        break
                else:
                    if not final and any(mark.startswith(input) for mark in marks):
                        return '', 0
                    self.codec = body
            keep = 0 if final else _incomplete_tail(self.codec, input[start:])
            end = len(input) - keep
            return bytes(input[start:end]).decode(self.codec, errors), end

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.codec = None if sig is not None else name

    for cls in (Encoder, Decoder):
        cls.__qualname__ = cls.__name__ = 'Incremental' + cls.__name__
        cls.__module__ = 'encodings.' + _module_name(name)
    return Encoder, Decoder


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

    def call(f, input, errors):
        if errors != 'strict':
            raise ValueError("%s error handling is not supported" % errors)
        return f(input)

    def encode(input, errors='strict'):
        return (call(encoder, input, errors), len(input))

    def decode(input, errors='strict'):
        return (call(decoder, input, errors), len(input))
    incremental_encoder, incremental_decoder = _binary_coders(name, encoder, decoder)
    return CodecInfo(encode, decode, name=name, incrementalencoder=incremental_encoder,
                     incrementaldecoder=incremental_decoder, _is_text_encoding=False)


def _binary_coders(name, encoder, decoder):
    """The incremental classes of a bytes-to-bytes codec: each piece coded by itself, but for
    zlib, whose pieces go through one compression (or decompression) object."""
    import zlib

    def coder(base, whole, stream_factory, method, flavour):
        class Coder(base):
            def __init__(self, errors='strict'):
                base.__init__(self, errors)
                self.reset()

            def reset(self):
                self.stream = stream_factory() if name == 'zlib' else None

            def _code(self, input, final=False):
                if self.stream is None:
                    return whole(input)
                data = getattr(self.stream, method)(input)
                if final:
                    data += self.stream.flush()
                return data

        setattr(Coder, flavour, Coder._code)
        Coder.__qualname__ = Coder.__name__ = 'Incremental' + flavour.capitalize() + 'r'
        Coder.__module__ = 'encodings.' + _module_name(name)
        return Coder

    return (coder(IncrementalEncoder, encoder, zlib.compressobj, 'compress', 'encode'),
            coder(IncrementalDecoder, decoder, zlib.decompressobj, 'decompress', 'decode'))


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
        return _search(encoding)
    info = _cache.get(name)
    if info is None:
        def encode(input, errors='strict', _name=name):
            return (input.encode(_name, errors), len(input))

        def decode(input, errors='strict', _name=name):
            return (bytes(input).decode(_name, errors), len(input))
        encoder, decoder = _text_coders(name)
        info = CodecInfo(encode, decode, name=name, incrementalencoder=encoder,
                         incrementaldecoder=decoder)
        _cache[name] = info
    return info


# the search functions register() added, in order, and what they found (by normalized name)
_search_functions = []
_found = {}


def register(search_function):
    """Register a codec search function: called with a normalized encoding name (lower case,
    runs of other characters than letters, digits and '.' as '_') for a name none of the
    built-in codecs has, it returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _found.clear()


def _search(encoding):
    """The CodecInfo a registered search function gives for encoding, else LookupError."""
    chars = []
    punct = False
    for c in encoding.lower():
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    key = ''.join(chars)
    info = _found.get(key)
    if info is not None:
        return info
    # CPython's registry imports the encodings package, whose search function finds the codecs
    # written in Python, before its first search
    import encodings
    for function in _search_functions:
        info = function(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _found[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def _registered(info):
    """Whether the codec came from a search function (str.encode and bytes.decode do not know it)."""
    return any(found is info for found in _found.values())


# the built-in exception types whose instances carry more than a message (their own __init__ or
# fields), which a codec's failure is raised as it is rather than wrapped
_NOT_WRAPPED = (BaseExceptionGroup, StopIteration, SystemExit, ImportError, OSError, NameError,
                AttributeError, SyntaxError, UnicodeEncodeError, UnicodeDecodeError,
                UnicodeTranslateError)


def _codec_failed(exc, operation, encoding):
    """CPython's _PyErr_TrySetFromCause: a codec's exception of a type that holds only its
    message, repeated with the operation and the codec named ('encoding with 'idna' codec failed
    (UnicodeError: ...)') to be raised from it; None where it must stay as it is."""
    cls = type(exc)
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            break
        if '__init__' in base.__dict__ or '__new__' in base.__dict__:
            return None
    if isinstance(exc, _NOT_WRAPPED) or getattr(exc, '__dict__', None) or len(exc.args) > 1:
        return None
    return cls("%s with %r codec failed (%s: %s)" % (operation, encoding, cls.__name__, exc))


def _call_codec(coder, obj, errors, operation, encoding):
    """A codec's (output, length consumed) call, its failure wrapped as CPython wraps it: the output."""
    try:
        result = coder(obj, errors)
    except Exception as e:
        wrapped = _codec_failed(e, operation, encoding)
        if wrapped is None:
            raise
        # the codec's frames, as CPython's C caller leaves them
        e.__traceback__ = e.__traceback__.tb_next
        raise wrapped from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)"
                        % ('encoder' if operation == 'encoding' else 'decoder'))
    return result[0]


def _text_info(encoding, function):
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("%r is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, function))
    return info


def _encode_text(text, encoding, errors):
    """str.encode and bytes(str, encoding) with a codec of the registry (PyUnicode_AsEncodedString)."""
    result = _call_codec(_text_info(encoding, 'encode').encode, text, errors, 'encoding', encoding)
    if isinstance(result, bytearray):
        import warnings
        warnings.warn("encoder %s returned bytearray instead of bytes; use codecs.encode() to "
                      "encode to arbitrary types" % encoding, RuntimeWarning, 1)
        return bytes(result)
    if not isinstance(result, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to "
                        "encode to arbitrary types" % (encoding, type(result).__name__))
    return result


def _decode_text(data, encoding, errors):
    """bytes.decode and str(bytes, encoding) with a codec of the registry (PyUnicode_Decode: the
    codec is given a memoryview of the data)."""
    info = _text_info(encoding, 'decode')
    with memoryview(data) as view:
        result = _call_codec(info.decode, view, errors, 'decoding', encoding)
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to "
                        "decode to arbitrary types" % (encoding, type(result).__name__))
    return result


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec registered for encoding."""
    info = lookup(encoding)
    if not info._is_text_encoding or _registered(info):
        return _call_codec(info.encode, obj, errors, 'encoding', encoding)
    return _codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec registered for encoding."""
    info = lookup(encoding)
    if not info._is_text_encoding or _registered(info):
        return _call_codec(info.decode, obj, errors, 'decoding', encoding)
    name = info.name
    if isinstance(obj, str) and name in ('unicode-escape', 'raw-unicode-escape'):
        # these two decoders take a str as its UTF-8 bytes
        obj = obj.encode('utf-8')
    if isinstance(obj, str):
        raise TypeError("decoding with %r codec failed (TypeError: a bytes-like object is "
                        "required, not 'str')" % name)
    return _codecs.decode(obj, encoding, errors)


def _decode_error(errors, encoding, data, start, end, reason):
    """What the error handler errors puts for the undecodable data[start:end] of a codec written in
    Python (the standard handlers; Python/codecs.c's): the replacement text, or the
    UnicodeDecodeError raised. The handler is looked up only when an error happens."""
    error = UnicodeDecodeError(encoding, bytes(data), start, end, reason)
    if errors == 'strict' or errors == 'surrogatepass':
        raise error
    if errors == 'ignore':
        return ''
    if errors == 'replace':
        return '\ufffd'
    if errors == 'backslashreplace':
        return ''.join('\\x%02x' % b for b in error.object[start:end])
    if errors == 'surrogateescape':
        bad = error.object[start:end]
        if any(b < 128 for b in bad):
            raise error
        return ''.join(chr(0xDC00 + b) for b in bad)
    if errors in ('xmlcharrefreplace', 'namereplace'):
        raise TypeError("don't know how to handle UnicodeDecodeError in error callback")
    raise LookupError("unknown error handler name '%s'" % errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The incremental encoder class of the encoding (LookupError if it has none)."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """The incremental decoder class of the encoding (LookupError if it has none)."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def _iter_coded(coder, iterator, empty):
    for input in iterator:
        output = coder(input)
        if output:
            yield output
    output = coder(empty, True)
    if output:
        yield output


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """The encoded pieces of the strs iterator yields, through an incremental encoder."""
    yield from _iter_coded(getincrementalencoder(encoding)(errors, **kwargs).encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """The decoded pieces of the bytes iterator yields, through an incremental decoder."""
    yield from _iter_coded(getincrementaldecoder(encoding)(errors, **kwargs).decode, iterator, b"")


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """The file opened with builtins.open (in binary mode when an encoding
    is given, as CPython's codecs.open reads and writes through the codec)."""
    if encoding is None:
        return builtins.open(filename, mode)
    raise NotImplementedError("codecs.open with an encoding is not supported")
