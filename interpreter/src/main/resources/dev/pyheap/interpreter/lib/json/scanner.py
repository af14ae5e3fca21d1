"""The JSON scanner: make_scanner(decoder) gives scan_once(string, idx) -> (value, end), and
scanstring reads one JSON string. Both are _json's when that module is there; py_make_scanner and
py_scanstring are the Python ones.

This follows the checks, error messages and error positions of CPython's C scanner (the one
CPython uses), not those of its pure-Python fallback where the two differ: "Invalid control
character at" without the character, "Invalid \\escape" at the backslash, "Invalid \\uXXXX
escape" at the 'u'. A value that is not there raises StopIteration(index), which
JSONDecoder.raw_decode reports as "Expecting value".
"""

__all__ = ['make_scanner']

_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

_WHITESPACE = ' \t\n\r'


_TOO_DEEP = 'maximum recursion depth exceeded'
_FROM_TEXT = ' from a unicode string'


def _skip(s, idx, n):
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _error(msg, s, pos):
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, s, pos)


def _first_control(s, start, stop):
    """The index of the first character below U+0020 in s[start:stop], or -1."""
    if s[start:stop].isprintable():
        return -1
    for i in range(start, stop):
        if s[i] <= '\x1f':
            return i
    return -1


def _hex4(s, at):
    """The value of the four hex digits at s[at:at+4], or -1."""
    value = 0
    for i in range(at, at + 4):
        digit = _HEX.get(s[i], -1)
        if digit < 0:
            return -1
        value = (value << 4) | digit
    return value


def py_scanstring(s, end, strict=True):
    """Reads the JSON string whose opening quote is s[end - 1]; returns (the str, the index after
    the closing quote)."""
    begin = end - 1
    n = len(s)
    if end < 0 or n < end:
        raise ValueError('end is out of bounds')
    chunks = []
    while True:
        quote = s.find('"', end)
        backslash = s.find('\\', end)
        if quote < 0:
            stop = n if backslash < 0 else backslash
        elif backslash < 0 or quote < backslash:
            stop = quote
        else:
            stop = backslash
        if strict:
            bad = _first_control(s, end, stop)
            if bad >= 0:
                raise _error('Invalid control character at', s, bad)
        if stop == n:
            raise _error('Unterminated string starting at', s, begin)
        if stop != end:
            chunks.append(s[end:stop])
        if stop == quote:
            end = stop + 1
            break
        at = stop + 1
        if at == n:
            raise _error('Unterminated string starting at', s, begin)
        esc = s[at]
        if esc != 'u':
            char = _ESCAPES.get(esc)
            if char is None:
                raise _error('Invalid \\escape', s, at - 1)
            chunks.append(char)
            end = at + 1
            continue
        # \uXXXX, and a following \uXXXX when the two make a surrogate pair
        end = at + 5
        if end >= n:
            raise _error('Invalid \\uXXXX escape', s, at)
        code = _hex4(s, at + 1)
        if code < 0:
            raise _error('Invalid \\uXXXX escape', s, at)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise _error('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))
    if len(chunks) == 1:
        return chunks[0], end
    return ''.join(chunks), end


def _match_number(s, start, parse_int, parse_float):
    n = len(s)
    idx = start
    if s[idx] == '-':
        idx += 1
        if idx >= n:
            raise StopIteration(start)
    c = s[idx]
    if '1' <= c <= '9':
        idx += 1
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    elif c == '0':
        idx += 1
    else:
        raise StopIteration(start)
    is_float = False
    if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
        is_float = True
        idx += 2
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
        e_start = idx
        idx += 1
        if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
            idx += 1
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
        if '0' <= s[idx - 1] <= '9':
            is_float = True
        else:
            idx = e_start
    text = s[start:idx]
    if is_float:
        return parse_float(text), idx
    return parse_int(text), idx


def py_make_scanner(context):
    """scan_once(string, idx) for a JSONDecoder's settings: reads the JSON value at string[idx]
    and returns (value, index after it). Keys of objects are shared within one call (memo)."""
    strict = bool(context.strict)
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = {}

    def scan(s, idx):
        # One Python frame per nesting level, as the C scanner makes one C call per level, so
        # deep nesting meets the recursion limit at about the same depth.
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return py_scanstring(s, idx + 1, strict)
        if c == '{':
            try:
                pairs = [] if object_pairs_hook is not None else {}
                idx = _skip(s, idx + 1, n)
                if idx >= n or s[idx] != '}':
                    while True:
                        if idx >= n or s[idx] != '"':
                            raise _error('Expecting property name enclosed in double quotes', s, idx)
                        key, idx = py_scanstring(s, idx + 1, strict)
                        key = memo.setdefault(key, key)
                        idx = _skip(s, idx, n)
                        if idx >= n or s[idx] != ':':
                            raise _error("Expecting ':' delimiter", s, idx)
                        idx = _skip(s, idx + 1, n)
                        value, idx = scan(s, idx)
                        if object_pairs_hook is not None:
                            pairs.append((key, value))
                        else:
                            pairs[key] = value
                        idx = _skip(s, idx, n)
                        if idx < n and s[idx] == '}':
                            break
                        if idx >= n or s[idx] != ',':
                            raise _error("Expecting ',' delimiter", s, idx)
                        idx = _skip(s, idx + 1, n)
            except RecursionError as e:
                if str(e).endswith(_FROM_TEXT):
                    raise
                raise RecursionError(_TOO_DEEP + ' while decoding a JSON object' + _FROM_TEXT) from None
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), idx + 1
            if object_hook is not None:
                return object_hook(pairs), idx + 1
            return pairs, idx + 1
        if c == '[':
            values = []
            try:
                idx = _skip(s, idx + 1, n)
                if idx >= n or s[idx] != ']':
                    while True:
                        value, idx = scan(s, idx)
                        values.append(value)
                        idx = _skip(s, idx, n)
                        if idx < n and s[idx] == ']':
                            break
                        if idx >= n or s[idx] != ',':
                            raise _error("Expecting ',' delimiter", s, idx)
                        idx = _skip(s, idx + 1, n)
            except RecursionError as e:
                if str(e).endswith(_FROM_TEXT):
                    raise
                raise RecursionError(_TOO_DEEP + ' while decoding a JSON array' + _FROM_TEXT) from None
            return values, idx + 1
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        return _match_number(s, idx, parse_int, parse_float)

    def scan_once(string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return scan(string, idx)
        finally:
            memo.clear()

    return scan_once


# Frames that CPython runs in C leave no traceback entry: the scanner is _json's c_make_scanner and c_scanstring.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), module='_json')
del _pyheap_c

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

make_scanner = c_make_scanner or py_make_scanner
scanstring = c_scanstring or py_scanstring
