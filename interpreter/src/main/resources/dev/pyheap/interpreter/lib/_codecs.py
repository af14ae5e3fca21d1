"""The functions of CPython's _codecs that programs reach directly: encode and decode (pickle's
protocols 0 to 2 rebuild bytes with _codecs.encode(text, 'latin1')), whose encodings are
str.encode's and bytes.decode's; the NAME_encode/NAME_decode functions of the built-in codecs
over them; and the error handlers' registry (register_error, lookup_error and
the built-in handlers of Python/codecs.c), which str.encode and bytes.decode consult through the
codecs module for a name they do not know."""


def encode(obj, encoding='utf-8', errors='strict'):
    """obj (a str) encoded with the codec for encoding."""
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj (bytes) decoded with the codec for encoding."""
    return bytes(obj).decode(encoding, errors)


# ------------------------------------------------------------------ the codecs' functions

def _text_arg(function, obj):
    if not isinstance(obj, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (function, type(obj).__name__))
    return obj


def _buffer_arg(obj):
    """The bytes of a bytes-like argument (y* in CPython's argument clinic)."""
    if not isinstance(obj, type('')):
        try:
            return bytes(memoryview(obj))
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


def _encoder(function, codec):
    """NAME_encode(str, errors=None): (bytes, characters consumed)."""
    def encode(str, errors=None):
        return (_text_arg(function, str).encode(codec, errors or 'strict'), len(str))
    encode.__name__ = encode.__qualname__ = function
    return encode


def _decoder(function, codec, stateful):
    """NAME_decode(data, errors=None[, final=False]): (str, bytes consumed); when not final, the
    bytes of a character the end of the data cuts are left for the next call."""
    def decode(data, errors=None, final=False):
        data = _buffer_arg(data)
        end = len(data)
        if stateful and not final:
            import codecs
            end -= codecs._incomplete_tail(codec, data)
        return (data[:end].decode(codec, errors or 'strict'), end)
    if not stateful:
        def decode(data, errors=None, _decode=decode):
            return _decode(data, errors, True)
    decode.__name__ = decode.__qualname__ = function
    return decode


for _codec, _stateful in (('utf-8', True), ('latin-1', False), ('ascii', False), ('utf-16-le', True),
                          ('utf-16-be', True), ('utf-32-le', True), ('utf-32-be', True),
                          ('unicode-escape', False), ('raw-unicode-escape', False)):
    _base = _codec.replace('-', '_')
    globals()[_base + '_encode'] = _encoder(_base + '_encode', _codec)
    globals()[_base + '_decode'] = _decoder(_base + '_decode', _codec, _stateful)
del _codec, _stateful, _base


def _ex_decode(unit, data, errors=None, byteorder=0, final=False):
    """utf_16_ex_decode/utf_32_ex_decode: (str, consumed, byte order: -1 little, 1 big, 0 none
    found), a byte order mark read when byteorder is 0."""
    data = _buffer_arg(data)
    start = 0
    if byteorder == 0:
        import codecs
        for mark, order in ((codecs.BOM_UTF16_LE if unit == 2 else codecs.BOM_UTF32_LE, -1),
                            (codecs.BOM_UTF16_BE if unit == 2 else codecs.BOM_UTF32_BE, 1)):
            if data.startswith(mark):
                byteorder, start = order, unit
                break
    codec = 'utf-%d-%s' % (unit * 8, 'be' if byteorder == 1 else 'le')
    text, used = globals()[codec.replace('-', '_') + '_decode'](data[start:], errors, final)
    return (text, start + used, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(2, data, errors, byteorder, final)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(4, data, errors, byteorder, final)


def utf_16_decode(data, errors=None, final=False):
    return utf_16_ex_decode(data, errors, 0, final)[:2]


def utf_32_decode(data, errors=None, final=False):
    return utf_32_ex_decode(data, errors, 0, final)[:2]


def utf_16_encode(str, errors=None, byteorder=0):
    _text_arg('utf_16_encode', str)
    codec = 'utf-16' if byteorder == 0 else 'utf-16-be' if byteorder > 0 else 'utf-16-le'
    return (str.encode(codec, errors or 'strict'), len(str))


def utf_32_encode(str, errors=None, byteorder=0):
    _text_arg('utf_32_encode', str)
    codec = 'utf-32' if byteorder == 0 else 'utf-32-be' if byteorder > 0 else 'utf-32-le'
    return (str.encode(codec, errors or 'strict'), len(str))


def readbuffer_encode(data, errors=None):
    """The bytes of a buffer (or a str's UTF-8), with their length."""
    data = data.encode() if isinstance(data, str) else bytes(memoryview(data))
    return (data, len(data))


# ------------------------------------------------------------------ single-byte tables (charmap)

class _EncodingMap:
    """CPython's EncodingMap (Objects/unicodeobject.c): the inverse of a 256-character decoding
    table, which charmap_build makes when the table maps byte 0 to U+0000 and every other
    character is in the BMP. CPython stores it as a three-level trie (32 first-level cells, 16
    second-level cells per distinct 2048-code-point block, 128 bytes per distinct 128-code-point
    block); here a dict holds the same pairs and size() reports the trie's size."""

    __slots__ = ('_codes', '_size')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'EncodingMap' instances")

    def size(self):
        """Return the size (in bytes) of this object."""
        return self._size

    def _lookup(self, code):
        """The byte of the code point, or -1: U+0000 is always byte 0 (encoding_map_lookup)."""
        return 0 if code == 0 else self._codes.get(code, -1)


_EncodingMap.__name__ = _EncodingMap.__qualname__ = 'EncodingMap'
_EncodingMap.__module__ = 'builtins'

# sizeof(struct encoding_map) less its one-byte flexible array: the header, 32 first-level
# cells and the two counts, padded to 8 bytes
_ENCODING_MAP_BASE = 63


def charmap_build(map):
    """The encoding table of the decoding table map (a str of up to 256 characters): an
    EncodingMap, or a dict of code point to byte when the table does not map byte 0 to U+0000
    or has a character outside the BMP (or blocks too many for the trie)."""
    if not isinstance(map, str):
        raise TypeError("charmap_build() argument must be str, not %s" % type(map).__name__)
    if not map:
        raise TypeError("bad argument type for built-in operation")
    table = map[:256]
    codes = {}
    blocks, cells = set(), set()
    need_dict = table[0] != '\x00'
    for i in range(1, len(table)):
        code = ord(table[i])
        if code == 0 or code > 0xFFFF:
            need_dict = True
            break
        if code == 0xFFFE:
            continue
        blocks.add(code >> 11)
        cells.add(code >> 7)
        codes[code] = i
    if need_dict or len(blocks) >= 255 or len(cells) >= 255:
        return {ord(c): i for i, c in enumerate(table)}
    result = object.__new__(_EncodingMap)
    result._codes = codes
    result._size = _ENCODING_MAP_BASE + 16 * len(blocks) + 128 * len(cells)
    return result


def charmap_decode(data, errors=None, mapping=None):
    """data decoded through mapping: None is latin-1; a str gives each byte's character
    (U+FFFE or past its end: undefined); any other mapping is asked mapping[byte] for an int, a
    str or None (undefined, as a LookupError is). (str, bytes consumed)."""
    data = _buffer_arg(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    position = 0
    size = len(data)
    while position < size:
        byte = data[position]
        if type(mapping) is str:
            value = mapping[byte] if byte < len(mapping) else None
            if value == '\ufffe':
                value = None
        else:
            try:
                value = mapping[byte]
            except LookupError:
                value = None
            if isinstance(value, int):
                if not 0 <= value < 0x110000:
                    raise TypeError("character mapping must be in range(0x110000)")
                value = None if value == 0xFFFE else chr(value)
            elif isinstance(value, str):
                if value == '\ufffe':
                    value = None
            elif value is not None:
                raise TypeError("character mapping must return integer, None or str")
        if value is not None:
            out.append(value)
            position += 1
            continue
        error = UnicodeDecodeError('charmap', data, position, position + 1, 'character maps to <undefined>')
        if errors is None or errors == 'strict':
            raise error
        import codecs
        replacement, position = codecs._handled(lookup_error(errors), error, 'decoding', str)
        out.append(replacement)
        # a handler may hand back another object to go on decoding
        data = bytes(error.object)
        size = len(data)
    return (''.join(out), size)


def _charmap_output(code, mapping):
    """The bytes mapping gives for the code point, or None where it is undefined (charmapencode_output)."""
    if type(mapping) is _EncodingMap:
        byte = mapping._lookup(code)
        return None if byte < 0 else bytes((byte,))
    try:
        value = mapping[code]
    except LookupError:
        return None
    if value is None or isinstance(value, bytes):
        return value
    if isinstance(value, int):
        if not 0 <= value <= 255:
            raise TypeError("character mapping must be in range(256)")
        return bytes((value,))
    raise TypeError("character mapping must return integer, bytes or None, not %s" % type(value).__name__)


def charmap_encode(str, errors=None, mapping=None):
    """str encoded through mapping: None is latin-1; an EncodingMap (charmap_build's) or a mapping
    of code point to an int, bytes or None (undefined). A run of undefined characters is one
    error; the standard handlers' replacements are encoded through the mapping too. (bytes,
    characters consumed)."""
    text = _text_arg('charmap_encode', str)
    if mapping is None:
        return latin_1_encode(text, errors)
    errors = errors or 'strict'
    out = []
    position = 0
    size = len(text)
    while position < size:
        piece = _charmap_output(ord(text[position]), mapping)
        if piece is not None:
            out.append(piece)
            position += 1
            continue
        end = position + 1
        while end < size and _charmap_output(ord(text[end]), mapping) is None:
            end += 1
        error = UnicodeEncodeError('charmap', text, position, end, 'character maps to <undefined>')
        if errors == 'strict':
            raise error
        if errors == 'ignore':
            position = end
            continue
        if errors in ('replace', 'xmlcharrefreplace'):
            replacement = '?' * (end - position) if errors == 'replace' else \
                ''.join('&#%d;' % ord(c) for c in text[position:end])
            resume = end
        else:
            import codecs
            replacement, resume = codecs._handled(lookup_error(errors), error, 'encoding', (type(''), bytes), size)
        if isinstance(replacement, bytes):
            out.append(replacement)
        else:
            for c in replacement:
                piece = _charmap_output(ord(c), mapping)
                if piece is None:
                    raise error
                out.append(piece)
        position = resume
    return (b''.join(out), size)


# ------------------------------------------------------------------ the escape codec (Objects/bytesobject.c)

_SIMPLE_ESCAPES = {ord('\n'): b'', ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"', ord('b'): b'\b',
                   ord('f'): b'\f', ord('t'): b'\t', ord('n'): b'\n', ord('r'): b'\r', ord('v'): b'\v',
                   ord('a'): b'\a'}
_HEX_DIGITS = b'0123456789abcdefABCDEF'


def escape_encode(data, errors=None):
    """The bytes written as a bytes literal's body (repr without the quotes, the single quote
    escaped), with the input's length."""
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s" % type(data).__name__)
    out = bytearray()
    for b in data:
        if b in (0x27, 0x5C):
            out += b'\\' + bytes((b,))
        elif b == 0x09:
            out += b'\\t'
        elif b == 0x0A:
            out += b'\\n'
        elif b == 0x0D:
            out += b'\\r'
        elif b < 0x20 or b >= 0x7F:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return (bytes(out), len(data))


def escape_decode(data, errors=None):
    """A bytes literal's escapes decoded (a str is taken as its UTF-8): \\x with a bad digit is a
    ValueError, or '?' ('replace') or nothing ('ignore'); an unknown escape stays as it is and
    an octal escape above 0o377 keeps its low byte, the first of either warned about
    (DeprecationWarning). (bytes, input length)."""
    data = data.encode() if isinstance(data, type('')) else _buffer_arg(data)
    out = bytearray()
    size = len(data)
    invalid = None
    i = 0
    while i < size:
        b = data[i]
        i += 1
        if b != 0x5C:
            out.append(b)
            continue
        if i >= size:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out += simple
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            start = i - 1
            for _ in range(2):
                if i < size and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            if value > 0o377 and invalid is None:
                invalid = ('invalid octal escape sequence', data[start:i])
            out.append(value & 0xFF)
        elif c == 0x78:
            if i + 1 < size and data[i] in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
                continue
            if errors is None or errors == 'strict':
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            if errors == 'replace':
                out.append(0x3F)
            elif errors != 'ignore':
                raise ValueError("decoding error; unknown error handling code: %s" % errors)
            if i < size and data[i] in _HEX_DIGITS:
                i += 1
        else:
            if invalid is None:
                invalid = ('invalid escape sequence', data[i - 1:i])
            out += b'\\'
            out.append(c)
    if invalid is not None:
        import warnings
        warnings.warn("%s '\\%s'" % (invalid[0], invalid[1].decode('latin-1')), DeprecationWarning, stacklevel=2)
    return (bytes(out), size)


def utf_7_encode(str, errors=None):
    import encodings.utf_7
    return encodings.utf_7.utf_7_encode(_text_arg('utf_7_encode', str), errors)


def utf_7_decode(data, errors=None, final=False):
    import encodings.utf_7
    return encodings.utf_7.utf_7_decode(data, errors, final)


# ------------------------------------------------------------------ error handlers (Python/codecs.c)

def _span(exc):
    """The exception's object and [start, end), clamped as PyUnicode*Error_GetStart/GetEnd do."""
    obj = exc.object
    size = len(obj)
    start = exc.start
    if start < 0:
        start = 0
    if start >= size:
        start = size - 1
    end = exc.end
    if end < 1:
        end = 1
    if end > size:
        end = size
    return obj, start, end


def _cannot(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    """Raise the exception the codec passes."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Skip the part the codec cannot code."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', _span(exc)[2])
    raise _cannot(exc)


def replace_errors(exc):
    """'?' for each character an encoder cannot encode, U+FFFD for what a decoder cannot decode
    and for each character a translation cannot map."""
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', _span(exc)[2])
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        _, start, end = _span(exc)
        return (('?' if isinstance(exc, UnicodeEncodeError) else '\ufffd') * (end - start), end)
    raise _cannot(exc)


def xmlcharrefreplace_errors(exc):
    """An XML character reference (&#NNN;) for each character an encoder cannot encode."""
    if not isinstance(exc, UnicodeEncodeError):
        raise _cannot(exc)
    obj, start, end = _span(exc)
    return (''.join('&#%d;' % ord(c) for c in obj[start:end]), end)


def _escape(code):
    return '\\x%02x' % code if code < 0x100 else '\\u%04x' % code if code < 0x10000 else '\\U%08x' % code


def backslashreplace_errors(exc):
    """A backslash escape (\\xNN, \\uNNNN, \\UNNNNNNNN) for each character or byte that cannot be coded."""
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise _cannot(exc)
    obj, start, end = _span(exc)
    part = obj[start:end]
    return (''.join(_escape(c if isinstance(c, int) else ord(c)) for c in part), end)


def namereplace_errors(exc):
    """\\N{NAME} for each character an encoder cannot encode (a backslash escape without a name)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise _cannot(exc)
    import unicodedata
    obj, start, end = _span(exc)
    out = []
    for c in obj[start:end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape(ord(c)))
    return (''.join(out), end)


def surrogateescape(exc):
    """Bytes 0x80-0xFF a decoder cannot decode as the lone surrogates U+DC80-U+DCFF (at most four at a
    time), and those surrogates encoded back to their bytes (PEP 383)."""
    if isinstance(exc, UnicodeDecodeError):
        obj, start, end = _span(exc)
        chars = []
        for b in obj[start:min(end, start + 4)]:
            if b < 128:
                break
            chars.append(chr(0xDC00 + b))
        if not chars:
            raise exc
        return (''.join(chars), start + len(chars))
    if isinstance(exc, UnicodeEncodeError):
        obj, start, end = _span(exc)
        out = bytearray()
        for c in obj[start:end]:
            if not 0xDC80 <= ord(c) <= 0xDCFF:
                raise exc
            out.append(ord(c) - 0xDC00)
        return (bytes(out), end)
    raise _cannot(exc)


def _surrogate_form(encoding):
    """The UTF codec surrogatepass writes surrogates in: (unit size, byte order), None for others."""
    key = encoding.lower().replace('_', '-')
    if key in ('utf-8', 'utf8'):
        return (3, None)
    for size, name in ((2, 'utf-16'), (4, 'utf-32')):
        if key == name or key == name + '-le' or key == name.replace('-', '') + 'le':
            return (size, 'little')
        if key == name + '-be' or key == name.replace('-', '') + 'be':
            return (size, 'big')
    return None


def surrogatepass(exc):
    """Lone surrogates encoded by the UTF codecs as if they were characters, and decoded back."""
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise _cannot(exc)
    form = _surrogate_form(exc.encoding)
    if form is None:
        raise exc
    size, order = form
    obj, start, end = _span(exc)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in obj[start:end]:
            code = ord(c)
            if not 0xD800 <= code <= 0xDFFF:
                raise exc
            if order is None:
                out += bytes((0xE0 | code >> 12, 0x80 | code >> 6 & 0x3F, 0x80 | code & 0x3F))
            else:
                out += code.to_bytes(size, order)
        return (bytes(out), end)
    unit = bytes(obj[start:start + size])
    code = -1
    if len(unit) == size:
        if order is None:
            if unit[0] & 0xF0 == 0xE0 and unit[1] & 0xC0 == 0x80 and unit[2] & 0xC0 == 0x80:
                code = (unit[0] & 0x0F) << 12 | (unit[1] & 0x3F) << 6 | unit[2] & 0x3F
        else:
            code = int.from_bytes(unit, order)
    if not 0xD800 <= code <= 0xDFFF:
        raise exc
    return (chr(code), start + size)


# the error handlers by name: the built-in ones, and those register_error adds
_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
             'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
             'namereplace': namereplace_errors, 'surrogateescape': surrogateescape,
             'surrogatepass': surrogatepass}


def register_error(errors, handler):
    """Register handler as the error handler called errors: called with the UnicodeEncodeError,
    UnicodeDecodeError or UnicodeTranslateError of a codec, it returns (replacement, position
    to resume at) or raises."""
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _handlers[errors] = handler


def lookup_error(name):
    """The error handler registered as name; LookupError if there is none."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    handler = _handlers.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler


# ------------------------------------------------------------------ the codec registry (Python/codecs.c)

# The search functions register() added, in order (the encodings package's first: importing it
# registers its search_function), and the CodecInfo each normalized name found, as the
# interpreter's codec_search_path and codec_search_cache. The codecs the runtime has itself
# (str.encode's, the bytes-to-bytes ones, the single-byte tables) are codecs._builtin_lookup's,
# found before the search functions: encodings.search_function would find the same objects
# through the encodings modules, which hand out the registry's CodecInfo.
_search_path = []
_search_cache = {}


def _normalize(encoding):
    """_Py_normalize_encoding: ASCII letters lower-cased, each run of other characters than ASCII
    letters, digits and '.' one '_' (none at either end)."""
    chars = []
    punct = False
    for c in encoding:
        if c.isascii() and (c.isalnum() or c == '.'):
            if punct and chars:
                chars.append('_')
            chars.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(chars)


def register(search_function):
    """Register a codec search function: called with a normalized encoding name, it returns a
    CodecInfo (a 4-tuple at least) or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    if not _search_path:
        # the encodings package's search function comes first, as CPython's start-up registers it
        import encodings
    _search_path.append(search_function)


def unregister(search_function):
    """Unregister a codec search function (the first registered that is this object) and clear the
    registry's cache; nothing when it is not registered."""
    for i, function in enumerate(_search_path):
        if function is search_function:
            del _search_path[i]
            _search_cache.clear()
            break


def lookup(encoding):
    """The CodecInfo of the encoding: a codec of the runtime's, else the first a search function
    gives for the normalized name (cached); LookupError when none does."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % ('None' if encoding is None else type(encoding).__name__))
    import codecs
    info = codecs._builtin_lookup(encoding)
    if info is not None:
        return info
    key = _normalize(encoding)
    info = _search_cache.get(key)
    if info is not None:
        return info
    if not _search_path:
        # the registry's first use imports the encodings package, which registers its search function
        import encodings
    for function in list(_search_path):
        info = function(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _search_cache[key] = info
        return info
    raise LookupError("unknown encoding: %s" % encoding)


# Frames that CPython runs in C leave no traceback entry: _codecs is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
# and they are built-in functions (codecs.lookup_error('strict') is <built-in function strict_errors>)
for _name, _value in list(globals().items()):
    if not _name.startswith('_') and type(_value) is type(_normalize) and _value.__module__ == __name__:
        _pyheap_c.as_builtin(globals(), _name)
_handlers = {_name: globals()[_handler.__name__] for _name, _handler in _handlers.items()}
del _pyheap_c, _name, _value
