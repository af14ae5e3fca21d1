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
        data = bytes(memoryview(data))
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
    data = bytes(memoryview(data))
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
