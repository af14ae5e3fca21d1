"""The TOML reader.

A document is read left to right by one `_Reader`, which keeps the text (with CRLF turned into LF,
as the specification allows) and the current offset; its methods bear the names of CPython's
functions that read the same constructs, so an error's traceback shows the same frames. Each
top-level statement is a key/value pair, a `[table]` header or an `[[array of tables]]` header;
values are read by recursive descent.

Which keys may still be written is tracked beside the data in a tree of `_Marks` nodes that
mirrors the key paths: a node carries the marks set on that key alone (`own`) and the marks that
hold for everything below it (`deep`). Two marks exist: DEFINED (a table that a header or a dotted
key already created, so a second header for it is an error) and SEALED (an inline table or array:
nothing may be added into it later). Dotted keys of a pair mark their intermediate tables DEFINED
only once the next header is read, so that more pairs in the same section may extend them.
"""

import string

from ._re import RE_DATETIME, RE_LOCALTIME, RE_NUMBER, match_to_datetime, match_to_localtime, match_to_number

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CONTROL = frozenset(map(chr, range(0x20))) | {"\x7f"}
_BAD_IN_LINE = _CONTROL - {"\t"}
_BAD_IN_BLOCK = _CONTROL - {"\t", "\n"}
_BLANK = frozenset(" \t")
_BLANK_OR_EOL = frozenset(" \t\n")
_BARE = frozenset(string.ascii_letters + string.digits + "_-")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_SPECIAL_FLOATS = ("inf", "nan", "+inf", "+nan", "-inf", "-nan")

DEFINED = 1
SEALED = 0


class _Marks:
    __slots__ = ("own", "deep", "children")

    def __init__(self):
        self.own = set()
        self.deep = set()
        self.children = {}


class _MarkTree:
    def __init__(self):
        self.root = _Marks()
        self.deferred = []

    def defer(self, path, mark):
        self.deferred.append((path, mark))

    def settle(self):
        for path, mark in self.deferred:
            self.put(path, mark, False)
        self.deferred.clear()

    def _node(self, path, create):
        node = self.root
        for part in path:
            nxt = node.children.get(part)
            if nxt is None:
                if not create:
                    return None
                nxt = node.children[part] = _Marks()
            node = nxt
        return node

    def put(self, path, mark, deep):
        node = self._node(path, True)
        (node.deep if deep else node.own).add(mark)

    def forget(self, path):
        parent = self._node(path[:-1], False)
        if parent is not None:
            parent.children.pop(path[-1], None)

    def has(self, path, mark):
        if not path:
            return False
        node = self.root
        for part in path[:-1]:
            node = node.children.get(part)
            if node is None:
                return False
            if mark in node.deep:
                return True
        node = node.children.get(path[-1])
        return node is not None and (mark in node.own or mark in node.deep)


def _descend(top, path, into_arrays=True):
    """The dict at `path` below `top`, made empty where missing; KeyError when a value that is
    not a table stands in the way (the last table of an array of tables is entered)."""
    here = top
    for part in path:
        if part not in here:
            here[part] = {}
        here = here[part]
        if into_arrays and isinstance(here, list):
            here = here[-1]
        if not isinstance(here, dict):
            raise KeyError(part)
    return here


class _Reader:
    def __init__(self, text, parse_float):
        self.src = text
        self.pos = 0
        self.parse_float = parse_float

    # -- positions and errors

    def fail(self, message, at=None):
        at = self.pos if at is None else at
        src = self.src
        if at >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, at) + 1
            column = at + 1 if line == 1 else at - src.rindex("\n", 0, at)
            where = "line %d, column %d" % (line, column)
        return TOMLDecodeError("%s (at %s)" % (message, where))

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip(self, chars):
        src, i, end = self.src, self.pos, len(self.src)
        while i < end and src[i] in chars:
            i += 1
        self.pos = i

    def skip_until(self, stop, forbidden, must_find):
        """Offset of the next `stop` (or the end), after checking that no forbidden character
        comes before it."""
        src, start = self.src, self.pos
        found = src.find(stop, start)
        if found < 0:
            found = len(src)
            if must_find:
                raise self.fail("Expected %r" % stop, found)
        for i in range(start, found):
            if src[i] in forbidden:
                raise self.fail("Found invalid character %r" % src[i], i)
        return found

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.pos = self.skip_until("\n", _BAD_IN_LINE, False)

    def skip_comments_and_array_ws(self):
        """White space, newlines and comments, as between the items of an array."""
        while True:
            before = self.pos
            self.skip(_BLANK_OR_EOL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- the statements (their loop is loads')

    def create_dict_rule(self, data, marks):
        self.pos += 1
        self.skip(_BLANK)
        path = self.parse_key()
        if marks.has(path, DEFINED) or marks.has(path, SEALED):
            raise self.fail("Cannot declare %s twice" % (path,))
        marks.put(path, DEFINED, False)
        try:
            _descend(data, path)
        except KeyError:
            raise self.fail("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.fail("Expected ']' at the end of a table declaration")
        self.pos += 1
        return path

    def create_list_rule(self, data, marks):
        self.pos += 2
        self.skip(_BLANK)
        path = self.parse_key()
        if marks.has(path, SEALED):
            raise self.fail("Cannot mutate immutable namespace %s" % (path,))
        # a new element starts clean, but the array's own name stays taken for [headers]
        marks.forget(path)
        marks.put(path, DEFINED, False)
        try:
            holder = _descend(data, path[:-1])
            name = path[-1]
            if name not in holder:
                holder[name] = [{}]
            elif isinstance(holder[name], list):
                holder[name].append({})
            else:
                raise KeyError(name)
        except KeyError:
            raise self.fail("Cannot overwrite a value") from None
        if self.peek(2) != "]]":
            raise self.fail("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return path

    def key_value_rule(self, data, marks, section):
        path, value = self.parse_key_value_pair()
        for n in range(1, len(path)):
            table = section + path[:n]
            if marks.has(table, DEFINED):
                raise self.fail("Cannot redefine namespace %s" % (table,))
            marks.defer(table, DEFINED)
        parent = section + path[:-1]
        if marks.has(parent, SEALED):
            raise self.fail("Cannot mutate immutable namespace %s" % (parent,))
        try:
            target = _descend(data, parent)
        except KeyError:
            raise self.fail("Cannot overwrite a value") from None
        if path[-1] in target:
            raise self.fail("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.put(section + path, SEALED, True)
        target[path[-1]] = value

    def parse_key_value_pair(self):
        path = self.parse_key()
        if self.peek() != "=":
            raise self.fail("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_BLANK)
        return path, self.parse_value()

    # -- keys

    def parse_key(self):
        parts = [self.parse_key_part()]
        self.skip(_BLANK)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_BLANK)
            parts.append(self.parse_key_part())
            self.skip(_BLANK)
        return tuple(parts)

    def parse_key_part(self):
        c = self.peek()
        if c and c in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if c == "'":
            return self.parse_literal_str()
        if c == '"':
            return self.parse_one_line_basic_str()
        raise self.fail("Invalid initial character for a key part")

    # -- strings

    def parse_literal_str(self):
        self.pos += 1
        start = self.pos
        end = self.skip_until("'", _BAD_IN_LINE, True)
        self.pos = end + 1
        return self.src[start:end]

    def parse_multiline_str(self, quote):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        if quote == "'":
            start = self.pos
            end = self.skip_until("'''", _BAD_IN_BLOCK, True)
            text = self.src[start:end]
            self.pos = end + 3
        else:
            text = self.parse_basic_str(True)
        # up to two quotes may sit right before the closing three
        for _ in range(2):
            if self.peek() != quote:
                break
            text += quote
            self.pos += 1
        return text

    def parse_one_line_basic_str(self):
        self.pos += 1
        return self.parse_basic_str(False)

    def parse_basic_str(self, block):
        forbidden = _BAD_IN_BLOCK if block else _BAD_IN_LINE
        src, end = self.src, len(self.src)
        pieces = []
        run = self.pos
        while True:
            i = self.pos
            if i >= end:
                raise self.fail("Unterminated string")
            c = src[i]
            if c == '"':
                if not block:
                    pieces.append(src[run:i])
                    self.pos = i + 1
                    return "".join(pieces)
                if src.startswith('"""', i):
                    pieces.append(src[run:i])
                    self.pos = i + 3
                    return "".join(pieces)
                self.pos = i + 1
            elif c == "\\":
                pieces.append(src[run:i])
                pieces.append(self.parse_basic_str_escape_multiline() if block else self.parse_basic_str_escape(False))
                run = self.pos
            elif c in forbidden:
                raise self.fail("Illegal character %r" % c)
            else:
                self.pos = i + 1

    def parse_basic_str_escape_multiline(self):
        return self.parse_basic_str_escape(True)

    def parse_basic_str_escape(self, block):
        src = self.src
        code = src[self.pos + 1:self.pos + 2]
        self.pos += 2
        if block and code in (" ", "\t", "\n"):
            # a line-ending backslash swallows the line break and the white space after it
            if code != "\n":
                self.skip(_BLANK)
                if self.pos >= len(src):
                    return ""
                if src[self.pos] != "\n":
                    raise self.fail("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_BLANK_OR_EOL)
            return ""
        if code == "u":
            return self.parse_hex_char(4)
        if code == "U":
            return self.parse_hex_char(8)
        if code in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[code]
        raise self.fail("Unescaped '\\' in a string")

    def parse_hex_char(self, width):
        digits = self.peek(width)
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.fail("Invalid hex value")
        self.pos += width
        point = int(digits, 16)
        if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
            raise self.fail("Escaped character is not a Unicode scalar value")
        return chr(point)

    # -- values

    def parse_value(self):
        src, at = self.src, self.pos
        c = src[at:at + 1]
        if c == '"':
            if src.startswith('"""', at):
                return self.parse_multiline_str('"')
            return self.parse_one_line_basic_str()
        if c == "'":
            if src.startswith("'''", at):
                return self.parse_multiline_str("'")
            return self.parse_literal_str()
        if c == "t" and src.startswith("true", at):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", at):
            self.pos += 5
            return False
        if c == "[":
            return self.parse_array()
        if c == "{":
            return self.parse_inline_table()
        m = RE_DATETIME.match(src, at)
        if m:
            try:
                result = match_to_datetime(m)
            except ValueError as e:
                raise self.fail("Invalid date or datetime") from e
            self.pos = m.end()
            return result
        m = RE_LOCALTIME.match(src, at)
        if m:
            self.pos = m.end()
            return match_to_localtime(m)
        m = RE_NUMBER.match(src, at)
        if m:
            self.pos = m.end()
            return match_to_number(m, self.parse_float)
        for word in _SPECIAL_FLOATS:
            if src.startswith(word, at):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.fail("Invalid value")

    def parse_array(self):
        self.pos += 1
        items = []
        self.skip_comments_and_array_ws()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.parse_value())
            self.skip_comments_and_array_ws()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return items
            if c != ",":
                raise self.fail("Unclosed array")
            self.pos += 1
            self.skip_comments_and_array_ws()
            if self.peek() == "]":
                self.pos += 1
                return items

    def parse_inline_table(self):
        self.pos += 1
        table = {}
        marks = _MarkTree()
        self.skip(_BLANK)
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            path, value = self.parse_key_value_pair()
            if marks.has(path, SEALED):
                raise self.fail("Cannot mutate immutable namespace %s" % (path,))
            try:
                target = _descend(table, path[:-1], into_arrays=False)
            except KeyError:
                raise self.fail("Cannot overwrite a value") from None
            name = path[-1]
            if name in target:
                raise self.fail("Duplicate inline table key %r" % name)
            target[name] = value
            self.skip(_BLANK)
            c = self.peek()
            if c == "}":
                self.pos += 1
                return table
            if c != ",":
                raise self.fail("Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.put(path, SEALED, True)
            self.pos += 1
            self.skip(_BLANK)


def make_safe_parse_float(parse_float):
    if parse_float is float:
        return float

    def safe_parse_float(text):
        result = parse_float(text)
        if isinstance(result, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return result
    return safe_parse_float


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace("\r\n", "\n")
    reader = _Reader(src, make_safe_parse_float(parse_float))
    data = {}
    marks = _MarkTree()
    section = ()
    while True:
        reader.skip(_BLANK)
        if reader.pos >= len(src):
            break
        c = src[reader.pos]
        if c == "\n":
            reader.pos += 1
            continue
        if c in _KEY_START:
            reader.key_value_rule(data, marks, section)
            reader.skip(_BLANK)
        elif c == "[":
            marks.settle()
            if reader.peek(2) == "[[":
                section = reader.create_list_rule(data, marks)
            else:
                section = reader.create_dict_rule(data, marks)
            reader.skip(_BLANK)
        elif c != "#":
            raise reader.fail("Invalid statement")
        reader.skip_comment()
        if reader.pos >= len(src):
            break
        if src[reader.pos] != "\n":
            raise reader.fail("Expected newline or end of document after a statement")
        reader.pos += 1
    return data


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    raw = fp.read()
    try:
        text = raw.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)
