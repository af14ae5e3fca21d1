"""JSON encoding: JSONEncoder, and the string encoders encode_basestring(_ascii).

Two paths, as in CPython: JSONEncoder.encode without indent stands for CPython's C encoder
(one result string; its error messages), and iterencode (used by dump, and by encode with an
indent) yields the text in the same chunks as CPython's Python encoder.
"""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

# the escapes both encoders make; with ensure_ascii also everything beyond '~'
_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _quote(s, ascii_only):
    if '"' not in s and '\\' not in s and s.isprintable() and (not ascii_only or s.isascii()):
        return '"' + s + '"'
    parts = []
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            parts.append(escaped)
        elif ascii_only and ch > '~':
            code = ord(ch)
            if code > 0xffff:
                code -= 0x10000
                parts.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                parts.append('\\u%04x' % code)
        else:
            parts.append(ch)
    return '"' + ''.join(parts) + '"'


def py_encode_basestring(s):
    """The JSON string literal of s, escaping only what JSON requires."""
    return _quote(s, False)


def py_encode_basestring_ascii(s):
    """The JSON string literal of s in ASCII: every other character as a \\uXXXX escape."""
    return _quote(s, True)


try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python values as JSON: dict as object, list and tuple as array, str as string,
    int and float as number, True/False/None as true/false/null. Anything else goes through
    default(), which a subclass may override (the base raises TypeError)."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called with an object the encoder has no rule for: return something it can encode,
        or raise TypeError (which this one does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in pieces."""
        if _one_shot and self.indent is None:
            if c_make_encoder is not None:
                _iterencode = c_make_encoder(
                    {} if self.check_circular else None, self.default,
                    encode_basestring_ascii if self.ensure_ascii else encode_basestring,
                    self.indent, self.key_separator, self.item_separator,
                    self.sort_keys, self.skipkeys, self.allow_nan)
                return _iterencode(o, 0)
            return _OneShot(self).encode(o)
        return _Chunks(self)._iterencode(o, 0)


class _Settings:
    """What the encoding of one call needs from the encoder."""

    def __init__(self, encoder):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.ascii_only = bool(encoder.ensure_ascii)
        self.quote = encode_basestring_ascii if self.ascii_only else encode_basestring
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def float_text(self, o, with_value):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if with_value:
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def items(self, dct):
        items = dct.items()
        if self.sort_keys:
            items = sorted(items)
        return items

    def key_text(self, key, with_value):
        """The text of a key, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key, with_value)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')


_TOO_DEEP = 'maximum recursion depth exceeded while encoding a JSON object'


class _OneShot(_Settings):
    """The whole text at once (as a list of parts), with the checks and messages of CPython's C
    encoder."""

    def encode(self, o):
        parts = []
        self.add(o, parts)
        return parts

    def add(self, o, parts):
        # one Python frame per nesting level, as the C encoder makes one C call per level
        if o is None:
            parts.append('null')
        elif o is True:
            parts.append('true')
        elif o is False:
            parts.append('false')
        elif isinstance(o, str):
            parts.append(_quote(o, self.ascii_only))
        elif isinstance(o, int):
            parts.append(int.__repr__(o))
        elif isinstance(o, float):
            parts.append(self.float_text(o, False))
        elif isinstance(o, (list, tuple)):
            if not o:
                parts.append('[]')
                return
            self.enter(o)
            parts.append('[')
            first = True
            try:
                for item in o:
                    if first:
                        first = False
                    else:
                        parts.append(self.item_separator)
                    self.add(item, parts)
            except RecursionError as e:
                _too_deep(e)
            self.leave(o)
            parts.append(']')
        elif isinstance(o, dict):
            if not o:
                parts.append('{}')
                return
            self.enter(o)
            parts.append('{')
            first = True
            try:
                for key, value in self.items(o):
                    text = self.key_text(key, False)
                    if text is None:
                        continue
                    if first:
                        first = False
                    else:
                        parts.append(self.item_separator)
                    parts.append(_quote(text, self.ascii_only))
                    parts.append(self.key_separator)
                    self.add(value, parts)
            except RecursionError as e:
                _too_deep(e)
            self.leave(o)
            parts.append('}')
        else:
            self.enter(o)
            replacement = self.default(o)
            try:
                self.add(replacement, parts)
            except RecursionError as e:
                _too_deep(e)
            self.leave(o)


def _too_deep(error):
    """Raises the RecursionError of the innermost level as the C encoder words it."""
    if str(error) == _TOO_DEEP:
        raise error
    raise RecursionError(_TOO_DEEP) from None


class _Chunks(_Settings):
    """The text as a stream of chunks, as CPython's Python encoder yields them: a scalar item of
    an array comes with the separator before it; objects yield keys, separators and values
    apart."""

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o, True)
        return None

    def nested(self, o, level):
        if isinstance(o, (list, tuple)):
            return self._iterencode_list(o, level)
        if isinstance(o, dict):
            return self._iterencode_dict(o, level)
        return self._iterencode(o, level)

    def _iterencode_list(self, seq, level):
        if not seq:
            yield '[]'
            return
        self.enter(seq)
        buf = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in seq:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(seq)

    def _iterencode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        for key, value in self.items(dct):
            key = self.key_text(key, True)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield self.quote(key)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(dct)

    def _iterencode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self._iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from self._iterencode_dict(o, level)
        else:
            self.enter(o)
            yield from self._iterencode(self.default(o), level)
            self.leave(o)


# The one-shot encoder is CPython's C encoder (c_make_encoder), whose frames a traceback does not show;
# the checks both encoders share are written inline in CPython's Python encoder, so they show no frame
# of their own there either.
import _pyheap_c
_pyheap_c.stands_for_c(_OneShot, _too_deep, _Settings.__init__, _Settings.enter, _Settings.leave,
                       _Settings.float_text, _Settings.items, _Settings.key_text, module='_json')
del _pyheap_c
