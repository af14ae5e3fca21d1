"""Regular expressions, as CPython 3.11's re module.

How it is built: this module reads Python's pattern syntax itself (the work of CPython's
re._parser: every construct, CPython's re.error messages and positions, group numbers and names,
inline flags, VERBOSE) and writes the same pattern in java.util.regex's syntax, which the engine
module _re compiles once and runs. We translate rather than write a matching engine of our own
because java.util.regex is a fast, well-kept backtracking engine with the same semantics as
CPython's _sre for everything Python's syntax can say (leftmost alternative first, greedy, lazy and
possessive repeats, atomic groups, look-arounds, backreferences) once the translation spells out
each point where the two differ:

- characters are written as \\x{hex}, so Java's own class operators ([, &&) never appear;
- '.' is [^\\n] (or any character under DOTALL); '^' is \\A or (?<![^\\n]) under MULTILINE (Java's
  multiline '^' does not match after a final newline); '$' is (?=\\n?\\z) or (?=\\n|\\z); \\Z is \\z;
- \\d, \\w, \\s are Python's classes: Unicode decimal digits, letters and numbers and '_', str.isspace
  characters (ASCII ones under re.ASCII and for bytes); \\b and \\B are look-arounds on that \\w, and
  \\B does not match an empty string (3.11's rule);
- IGNORECASE is Java's (?iu) (ASCII case only under re.ASCII), scoped as Python scopes it;
- (?P<name>...) is a plain numbered group (this module keeps the names), (?P=name) and \\1 a
  numeric backreference; a conditional (?(1)yes|no) tests an empty marker group placed at the end
  of group 1 (a backreference to a group that did not match fails in Java, to an empty one always
  succeeds);
- look-behinds must have a fixed width, as in Python (Java would accept bounded ones);
- empty matches follow 3.7's rule in findall, finditer, sub and split (the engine module tries a
  non-empty match where an empty one just ended before moving on).

Bytes patterns are matched as latin-1 text with ASCII classes. Pattern and Match are classes of this
module, their objects are ordinary objects on the heap.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823


class RegexFlag(int):
    """The flags: ints whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    _names = {}

    def __new__(cls, value):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value < 0:
            return '~' + repr(RegexFlag(~value))
        parts = []
        for bit, name in _FLAG_ORDER:
            if value & bit:
                parts.append('re.' + name)
                value &= ~bit
        if value or not parts:
            parts.append(hex(value) if parts else 're.NOFLAG' if not value else hex(value))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    @property
    def name(self):
        for bit, name in _FLAG_ORDER:
            if bit == int(self):
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)
_FLAG_ORDER = [(2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'), (32, 'UNICODE'),
               (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII'), (1, 'TEMPLATE')]
_REPR_ORDER = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]
_TYPE_FLAGS = 4 | 32 | 256
_GLOBAL_FLAGS = 128 | 1
_INLINE = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1, 'u': 32}


class error(Exception):
    """A pattern or template that cannot be compiled: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---------------------------------------------------------------------------------------------
# Reading Python's syntax, writing Java's

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_ESCAPES = {'\\a': '\a', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t',
            '\\v': '\v', '\\\\': '\\'}
# the class bodies of \d \w \s (Unicode, ASCII)
_CLASS_BODY = {
    'd': ('\\p{Nd}', '0-9'),
    'w': ('\\p{L}\\p{N}_', 'a-zA-Z0-9_'),
    's': (' \\t\\n\\x{b}\\f\\r\\x{1c}-\\x{1f}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}'
          '\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}', ' \\t\\n\\r\\f\\x{b}'),
}
_MAXWIDTH = 1 << 62


def _lit(ch):
    """One character in Java's syntax, safe inside and outside classes."""
    if ch.isascii() and ch.isalnum():
        return ch
    return '\\x{%x}' % ord(ch)


class _Source:
    """The pattern as a stream of tokens: a character, or a backslash and the next one."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        self.decoded = string if self.istext else str(string, 'latin-1')
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        s = self.decoded
        if i >= len(s):
            self.next = None
            return
        ch = s[i]
        if ch == '\\':
            i += 1
            if i >= len(s):
                raise error('bad escape (end of pattern)', self.string, len(s) - 1)
            ch += s[i]
        self.index = i + 1
        self.next = ch

    def match(self, ch):
        if ch == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, len(name) + offset)


class _Restart(Exception):
    """Global inline flags changed the flags: parse again from the start under them."""


class _Translation:
    """What compiling a pattern found: the Java regex, the flags, the groups."""

    def __init__(self, source, flags):
        self.source = source
        self.flags = flags
        self.initial_flags = flags
        self.groups = 1
        self.groupindex = {}
        self.open = []
        self.parent = [None]       # each group's enclosing group
        self.java_group = [0]      # each group's number in the Java regex
        self.java_count = 0
        self.markers = False       # conditionals: each group ends with an empty marker group
        self.refs = []             # (group, position) of backreferences, checked at the end
        self.lookbehind = 0

    # -- the pieces that depend on the flags in force
    def ascii(self, flags):
        return bool(flags & (256 | 4)) or not self.source.istext

    def category(self, letter, flags, in_class):
        body = _CLASS_BODY[letter.lower()][1 if self.ascii(flags) else 0]
        if letter.isupper():
            return '[^' + body + ']'
        return body if in_class else '[' + body + ']'

    def word_bounds(self, flags):
        w = '[' + _CLASS_BODY['w'][1 if self.ascii(flags) else 0] + ']'
        return w

    # -- groups
    def opengroup(self, name=None):
        gid = self.groups
        self.groups = gid + 1
        if self.groups > _MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            ogid = self.groupindex.get(name)
            if ogid is not None:
                raise error('redefinition of group name %r as group %d; was group %d' % (name, gid, ogid))
            self.groupindex[name] = gid
        self.parent.append(self.open[-1] if self.open else None)
        self.java_count += 1
        self.java_group.append(self.java_count)
        self.open.append(gid)
        return gid

    def closegroup(self, gid):
        self.open.remove(gid)

    def backref(self, gid, offset):
        if gid in self.open:
            raise self.source.error('cannot refer to an open group', offset)
        return '(?:\\%d)' % self.java_group[gid]

    # -- parsing
    def parse_sub(self, flags, verbose, nested):
        """An alternation a|b|c; returns (java, lo, hi)."""
        source = self.source
        branches = []
        start = source.tell()
        while True:
            branches.append(self.parse(flags, verbose, nested + 1, not nested and not branches))
            if not source.match('|'):
                break
        if len(branches) == 1:
            return branches[0]
        lo = min(b[1] for b in branches)
        hi = max(b[2] for b in branches)
        return '|'.join(b[0] for b in branches), lo, hi

    def parse(self, flags, verbose, nested, first):
        source = self.source
        items = []          # (java, lo, hi, kind) with kind 'at' for assertions, 'repeat', 'item'
        while True:
            this = source.next
            if this is None or this in '|)':
                break
            source.get()
            if verbose:
                if this in _WHITESPACE:
                    continue
                if this == '#':
                    while True:
                        this = source.get()
                        if this is None or this == '\n':
                            break
                    continue
            if this[0] == '\\':
                items.append(self.escape(this, flags))
            elif this not in '.\\[{()*+?^$|':
                items.append((_lit(this), 1, 1, 'item'))
            elif this == '[':
                items.append(self.charset(flags))
            elif this in '*+?{':
                here = source.tell()
                if this == '?':
                    low, high = 0, 1
                elif this == '*':
                    low, high = 0, _MAXREPEAT
                elif this == '+':
                    low, high = 1, _MAXREPEAT
                else:
                    if source.next == '}':
                        items.append((_lit('{'), 1, 1, 'item'))
                        continue
                    low, high = 0, _MAXREPEAT
                    lo = hi = ''
                    while source.next is not None and source.next in _DIGITS:
                        lo += source.get()
                    if source.match(','):
                        while source.next is not None and source.next in _DIGITS:
                            hi += source.get()
                    else:
                        hi = lo
                    if not source.match('}'):
                        items.append((_lit('{'), 1, 1, 'item'))
                        source.seek(here)
                        continue
                    if lo:
                        low = int(lo)
                        if low >= _MAXREPEAT:
                            raise OverflowError('the repetition number is too large')
                    if hi:
                        high = int(hi)
                        if high >= _MAXREPEAT:
                            raise OverflowError('the repetition number is too large')
                        if high < low:
                            raise source.error('min repeat greater than max repeat', source.tell() - here)
                if not items or items[-1][3] == 'at':
                    raise source.error('nothing to repeat', source.tell() - here + len(this))
                if items[-1][3] == 'repeat':
                    raise source.error('multiple repeat', source.tell() - here + len(this))
                java, ilo, ihi, _ = items.pop()
                if high == _MAXREPEAT:
                    quant = {0: '*', 1: '+'}.get(low, '{%d,}' % low)
                elif (low, high) == (0, 1):
                    quant = '?'
                elif low == high:
                    quant = '{%d}' % low
                else:
                    quant = '{%d,%d}' % (low, high)
                if source.match('?'):
                    quant += '?'
                elif source.match('+'):
                    quant += '+'
                rhi = _MAXWIDTH if high == _MAXREPEAT else min(ihi * high, _MAXWIDTH)
                items.append((java + quant, ilo * low, rhi, 'repeat'))
            elif this == '.':
                items.append(('[\\s\\S]' if flags & 16 else '[^\\n]', 1, 1, 'item'))
            elif this == '(':
                item = self.group(flags, verbose, nested, first and not items)
                if item is not None:
                    items.append(item)
            elif this == '^':
                items.append(('(?<![^\\n])' if flags & 8 else '\\A', 0, 0, 'at'))
            elif this == '$':
                items.append(('(?=\\n|\\z)' if flags & 8 else '(?=\\n?\\z)', 0, 0, 'at'))
        java = ''.join(i[0] for i in items)
        lo = sum(i[1] for i in items)
        hi = min(sum(i[2] for i in items), _MAXWIDTH)
        return java, lo, hi

    def group(self, flags, verbose, nested, first):
        source = self.source
        start = source.tell() - 1
        capture = True
        atomic = False
        name = None
        add_flags = del_flags = 0
        look = None
        if source.match('?'):
            char = source.get()
            if char is None:
                raise source.error('unexpected end of pattern')
            if char == 'P':
                if source.match('<'):
                    name = source.getuntil('>', 'group name')
                    source.checkgroupname(name, 1)
                elif source.match('='):
                    name = source.getuntil(')', 'group name')
                    source.checkgroupname(name, 1)
                    gid = self.groupindex.get(name)
                    if gid is None:
                        raise source.error('unknown group name %r' % name, len(name) + 1)
                    return self.backref(gid, len(name) + 1), 0, _MAXWIDTH, 'item'
                else:
                    char = source.get()
                    if char is None:
                        raise source.error('unexpected end of pattern')
                    raise source.error('unknown extension ?P' + char, len(char) + 2)
            elif char == ':':
                capture = False
            elif char == '#':
                while True:
                    if source.next is None:
                        raise source.error('missing ), unterminated comment', source.tell() - start)
                    if source.get() == ')':
                        break
                return None
            elif char in '=!<':
                dir = 1
                if char == '<':
                    char = source.get()
                    if char is None:
                        raise source.error('unexpected end of pattern')
                    if char not in '=!':
                        raise source.error('unknown extension ?<' + char, len(char) + 2)
                    dir = -1
                    self.lookbehind += 1
                java, lo, hi = self.parse_sub(flags, verbose, nested + 1)
                if dir < 0:
                    self.lookbehind -= 1
                if not source.match(')'):
                    raise source.error('missing ), unterminated subpattern', source.tell() - start)
                if dir < 0 and lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                head = {(1, '='): '(?=', (1, '!'): '(?!', (-1, '='): '(?<=', (-1, '!'): '(?<!'}[dir, char]
                return head + java + ')', 0, 0, 'look'
            elif char == '(':
                return self.conditional(flags, verbose, nested, start)
            elif char == '>':
                capture = False
                atomic = True
            elif char in _INLINE or char == '-':
                parsed = self.inline_flags(char)
                if parsed is None:
                    if not first:
                        raise source.error('global flags not at the start of the expression',
                                           source.tell() - start)
                    if self.flags != self.initial_flags:
                        raise _Restart()
                    return None
                add_flags, del_flags = parsed
                capture = False
            else:
                raise source.error('unknown extension ?' + char, len(char) + 1)
        gid = None
        if capture:
            try:
                gid = self.opengroup(name)
            except error as err:
                raise source.error(err.msg, len(name) + 1) from None
        sub_flags = (flags | add_flags) & ~del_flags
        sub_verbose = bool(sub_flags & 64)
        java, lo, hi = self.parse_sub(sub_flags, sub_verbose, nested + 1)
        if not source.match(')'):
            raise source.error('missing ), unterminated subpattern', source.tell() - start)
        if gid is not None:
            self.closegroup(gid)
            if self.markers:
                self.java_count += 1
                java += '(?<m%d>)' % gid
            return '(' + java + ')', lo, hi, 'item'
        if atomic:
            return '(?>' + java + ')', lo, hi, 'item'
        head = ''
        if (add_flags ^ del_flags) & 2 or (add_flags & _TYPE_FLAGS):
            if sub_flags & 2:
                head = '?i' if self.ascii(sub_flags) else '?iu'
            else:
                head = '?-iu'
        return '(' + (head or '?') + ':' + java + ')', lo, hi, 'item'

    def conditional(self, flags, verbose, nested, start):
        source = self.source
        condname = source.getuntil(')', 'group name')
        if condname.isidentifier():
            gid = self.groupindex.get(condname)
            if gid is None:
                raise source.error('unknown group name %r' % condname, len(condname) + 1)
        else:
            try:
                gid = int(condname)
                if gid < 0:
                    raise ValueError
            except ValueError:
                raise source.error('bad character in group name %r' % condname, len(condname) + 1) from None
            if not gid:
                raise source.error('bad group number', len(condname) + 1)
            if gid >= _MAXGROUPS:
                raise source.error('invalid group reference %d' % gid, len(condname) + 1)
            self.refs.append((gid, source.tell() - len(condname) - 1))
        yes = self.parse(flags, verbose, nested + 1, False)
        if source.match('|'):
            no = self.parse(flags, verbose, nested + 1, False)
            if source.next == '|':
                raise source.error('conditional backref with more than two branches')
        else:
            no = ('', 0, 0)
        if not source.match(')'):
            raise source.error('missing ), unterminated subpattern', source.tell() - start)
        test = '\\k<m%d>' % gid
        java = '(?:(?=%s)%s|(?!%s)%s)' % (test, yes[0], test, no[0])
        return java, min(yes[1], no[1]), max(yes[2], no[2]), 'item'

    def inline_flags(self, char):
        source = self.source
        add_flags = del_flags = 0
        if char != '-':
            while True:
                flag = _INLINE[char]
                if source.istext:
                    if char == 'L':
                        raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
                elif char == 'u':
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add_flags |= flag
                if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                    raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                char = source.get()
                if char is None:
                    raise source.error('missing -, : or )')
                if char in ')-:':
                    break
                if char not in _INLINE:
                    raise source.error('unknown flag' if char.isalpha() else 'missing -, : or )', len(char))
        if char == ')':
            self.flags |= add_flags
            return None
        if add_flags & _GLOBAL_FLAGS:
            raise source.error('bad inline flags: cannot turn on global flag', 1)
        if char == '-':
            char = source.get()
            if char is None:
                raise source.error('missing flag')
            if char not in _INLINE:
                raise source.error('unknown flag' if char.isalpha() else 'missing flag', len(char))
            while True:
                flag = _INLINE[char]
                if flag & _TYPE_FLAGS:
                    raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                del_flags |= flag
                char = source.get()
                if char is None:
                    raise source.error('missing :')
                if char == ':':
                    break
                if char not in _INLINE:
                    raise source.error('unknown flag' if char.isalpha() else 'missing :', len(char))
        if del_flags & _GLOBAL_FLAGS:
            raise source.error('bad inline flags: cannot turn off global flag', 1)
        if add_flags & del_flags:
            raise source.error('bad inline flags: flag turned on and off', 1)
        return add_flags, del_flags

    def code_escape(self, escape, in_class):
        """\\x, \\u, \\U, \\N, octal: the character, or None when escape is not one of those."""
        source = self.source
        c = escape[1:2]
        if c == 'x':
            escape += source.getwhile(2, _HEXDIGITS)
            if len(escape) != 4:
                raise source.error('incomplete escape %s' % escape, len(escape))
            return chr(int(escape[2:], 16))
        if c in 'uU' and source.istext:
            size = 4 if c == 'u' else 8
            escape += source.getwhile(size, _HEXDIGITS)
            if len(escape) != size + 2:
                raise source.error('incomplete escape %s' % escape, len(escape))
            code = int(escape[2:], 16)
            if code > 0x10FFFF:
                raise source.error('bad escape %s' % escape, len(escape))
            return chr(code)
        if c == 'N' and source.istext:
            if not source.match('{'):
                raise source.error('missing {')
            charname = source.getuntil('}', 'character name')
            code = _re.lookup(charname)
            if code < 0:
                raise source.error('undefined character name %r' % charname, len(charname) + len(r'\N{}'))
            return chr(code)
        if in_class and c in _OCTDIGITS or c == '0':
            escape += source.getwhile(2, _OCTDIGITS)
            code = int(escape[1:], 8)
            if code > 0o377:
                raise source.error('octal escape value %s outside of range 0-0o377' % escape, len(escape))
            return chr(code)
        return None

    def class_escape(self, escape, flags):
        """An escape inside [...]: ('char', c) or ('class', java)."""
        if escape in _ESCAPES:
            return 'char', _ESCAPES[escape]
        c = escape[1]
        if c in 'dDwWsS':
            return 'class', self.category(c, flags, True)
        ch = self.code_escape(escape, True)
        if ch is not None:
            return 'char', ch
        if c in _DIGITS or c in _ASCIILETTERS:
            raise self.source.error('bad escape %s' % escape, len(escape))
        return 'char', c

    def escape(self, escape, flags):
        source = self.source
        c = escape[1]
        if c in 'dDwWsS':
            return self.category(c, flags, False), 1, 1, 'item'
        if c == 'A':
            return '\\A', 0, 0, 'at'
        if c == 'Z':
            return '\\z', 0, 0, 'at'
        if c == 'b':
            w = self.word_bounds(flags)
            return '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w), 0, 0, 'at'
        if c == 'B':
            w = self.word_bounds(flags)
            return ('(?:(?<=[\\s\\S])|(?=[\\s\\S]))(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w)), 0, 0, 'at'
        if escape in _ESCAPES:
            return _lit(_ESCAPES[escape]), 1, 1, 'item'
        ch = self.code_escape(escape, False)
        if ch is not None:
            return _lit(ch), 1, 1, 'item'
        if c in _DIGITS:
            if source.next is not None and source.next in _DIGITS:
                escape += source.get()
                if escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and \
                        source.next is not None and source.next in _OCTDIGITS:
                    escape += source.get()
                    code = int(escape[1:], 8)
                    if code > 0o377:
                        raise source.error('octal escape value %s outside of range 0-0o377' % escape, len(escape))
                    return _lit(chr(code)), 1, 1, 'item'
            gid = int(escape[1:])
            if gid < self.groups:
                return self.backref(gid, len(escape)), 0, _MAXWIDTH, 'item'
            raise source.error('invalid group reference %d' % gid, len(escape) - 1)
        if c in _ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return _lit(c), 1, 1, 'item'

    def charset(self, flags):
        source = self.source
        here = source.tell() - 1
        parts = []
        if source.next == '[':
            _future('Possible nested set at position %d' % source.tell())
        negate = source.match('^')
        start = True
        while True:
            this = source.get()
            if this is None:
                raise source.error('unterminated character set', source.tell() - here)
            if this == ']' and not start:
                break
            if this[0] == '\\':
                kind, code1 = self.class_escape(this, flags)
            else:
                if not start and this in '-&~|' and source.next == this:
                    _future('Possible set %s at position %d' % (_SET_OPERATIONS[this], source.tell() - 1))
                kind, code1 = 'char', this
            start = False
            if source.match('-'):
                that = source.get()
                if that is None:
                    raise source.error('unterminated character set', source.tell() - here)
                if that == ']':
                    if kind == 'class':
                        parts.append(code1 if code1.startswith('[') else '[' + code1 + ']')
                    else:
                        parts.append(_lit(code1))
                    parts.append(_lit('-'))
                    break
                if that[0] == '\\':
                    kind2, code2 = self.class_escape(that, flags)
                else:
                    kind2, code2 = 'char', that
                if kind == 'class' or kind2 == 'class':
                    raise source.error('bad character range %s-%s' % (this, that), len(this) + 1 + len(that))
                if code2 < code1:
                    raise source.error('bad character range %s-%s' % (this, that), len(this) + 1 + len(that))
                parts.append(_lit(code1) + '-' + _lit(code2))
            elif kind == 'class':
                parts.append(code1 if code1.startswith('[') else '[' + code1 + ']')
            else:
                parts.append(_lit(code1))
        body = ''.join(parts)
        if not body:
            return ('[\\s\\S]' if negate else '(?!)'), 1, 1, 'item'
        return '[' + ('^' if negate else '') + body + ']', 1, 1, 'item'


_SET_OPERATIONS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def _future(message):
    """A FutureWarning for the code that called into this module (syntax whose meaning will change)."""
    import sys
    import warnings
    level = 2
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals is globals():
        level += 1
        frame = frame.f_back
    warnings.warn(message, FutureWarning, stacklevel=level)


def _translate(pattern, flags):
    """Parses pattern (str or bytes) under flags; returns its _Translation."""
    while True:
        source = _Source(pattern)
        t = _Translation(source, flags)
        t.markers = '(?(' in source.decoded
        try:
            java, lo, hi = t.parse_sub(flags, bool(flags & 64), 0)
        except _Restart:
            flags = t.flags
            continue
        break
    flags = t.flags
    if source.next is not None:
        raise source.error('unbalanced parenthesis')
    for gid, pos in t.refs:
        if gid >= t.groups:
            raise error('invalid group reference %d' % gid, pattern, pos)
    if source.istext:
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    if flags & 2:
        java = ('(?i)' if t.ascii(flags) else '(?iu)') + java
    t.flags = flags
    t.java = java
    return t


# ---------------------------------------------------------------------------------------------
# Pattern and Match

def _as_text(string, istext):
    """The subject as str (bytes-like subjects as latin-1), checking it suits the pattern."""
    if isinstance(string, str):
        if not istext:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string
    if isinstance(string, (bytes, bytearray)):
        if istext:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return str(bytes(string), 'latin-1')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


class Pattern:
    """A compiled regular expression."""
    __pyheap_tp_name__ = 're.Pattern'

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_handle', '_istext', '_java_group',
                 '_parent', '__weakref__')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _mappingproxy(dict(self._groupindex))

    def _subject(self, string, pos, endpos):
        """The subject as text, with pos and endpos brought within it (as _sre's state_init)."""
        text = _as_text(string, self._istext)
        length = len(text)
        return text, min(max(pos, 0), length), min(max(endpos, 0), length)

    def _run(self, string, pos, endpos, mode):
        text, pos, endpos = self._subject(string, pos, endpos)
        spans = _re.match(self._handle, text, pos, endpos, mode)
        if spans is None:
            return None
        return _new_match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        text, pos, endpos = self._subject(string, pos, endpos)
        return _re.scan(self._handle, text, pos, endpos, limit), pos, endpos

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        # CPython's is iter(scanner.search, None): a callable_iterator
        found, pos, endpos = self._scan(string, pos, endpos, 0)
        found = iter(found)

        def search():
            spans = next(found, None)
            return None if spans is None else _new_match(self, string, pos, endpos, spans)
        return iter(search, None)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found, pos, endpos = self._scan(string, pos, endpos, 0)
        groups = self.groups
        java = self._java_group
        result = []
        empty = string[:0]
        for spans in found:
            if groups == 0:
                result.append(string[spans[0]:spans[1]])
            elif groups == 1:
                j = 2 * java[1]
                result.append(string[spans[j]:spans[j + 1]] if spans[j] >= 0 else empty)
            else:
                item = []
                for g in range(1, groups + 1):
                    j = 2 * java[g]
                    item.append(string[spans[j]:spans[j + 1]] if spans[j] >= 0 else empty)
                result.append(tuple(item))
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string[:]] if isinstance(string, (str, bytes)) else [string]
        found, pos, endpos = self._scan(string, 0, _MAXSIZE, maxsplit)
        result = []
        last = 0
        java = self._java_group
        for spans in found:
            result.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                j = 2 * java[g]
                result.append(string[spans[j]:spans[j + 1]] if spans[j] >= 0 else None)
            last = spans[1]
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        return self._sub(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._sub(repl, string, count)[0]

    def _sub(self, repl, string, count):
        if callable(repl):
            filter = repl
            literal = None
        else:
            template = _compile_template(self, repl)
            if not template[0] and len(template[1]) == 1:
                literal = template[1][0]
                filter = None
            else:
                literal = None
                filter = template
        found, pos, endpos = self._scan(string, 0, _MAXSIZE, count)
        empty = string[:0]
        pieces = []
        last = 0
        for spans in found:
            pieces.append(string[last:spans[0]])
            if literal is not None:
                pieces.append(literal)
            else:
                m = _new_match(self, string, pos, endpos, spans)
                if filter.__class__ is tuple:
                    pieces.append(_expand_template(filter, m))
                else:
                    piece = filter(m)
                    if piece is not None:
                        pieces.append(piece)
            last = spans[1]
        pieces.append(string[last:])
        if isinstance(string, str):
            return ''.join(pieces), len(found)
        return b''.join(pieces), len(found)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if self._istext and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        names = []
        for bit, name in _REPR_ORDER:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        text = repr(self.pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self is other or (self.pattern == other.pattern and self.flags == other.flags
                                 and self._istext == other._istext)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)



class _Scanner:
    __pyheap_tp_name__ = '_sre.SRE_Scanner'

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def match(self):
        m = self.pattern.match(self._string, self._pos, self._endpos)
        if m is not None:
            self._pos = m.end() if m.end() > m.start() else m.end() + 1
        return m

    def search(self):
        m = self.pattern.search(self._string, self._pos, self._endpos)
        if m is not None:
            self._pos = m.end() if m.end() > m.start() else m.end() + 1
        return m


_Scanner.__module__ = '_sre'
_Scanner.__name__ = _Scanner.__qualname__ = 'SRE_Scanner'


def _mappingproxy(d):
    import types
    return types.MappingProxyType(d)


def _new_match(pattern, string, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m.pos = pos
    m.endpos = endpos
    m._spans = spans
    return m


class Match:
    """The result of a successful match: its groups and where they are."""
    __pyheap_tp_name__ = 're.Match'

    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans', '__weakref__')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        """Where the group's span is in _spans (by number, or by name)."""
        if isinstance(group, int):
            g = int(group)
        elif isinstance(group, str):
            g = self.re._groupindex.get(group, -1)
        elif hasattr(type(group), '__index__'):
            g = group.__index__()
        else:
            g = -1
        if 0 <= g <= self.re.groups:
            return 2 * self.re._java_group[g]
        raise IndexError('no such group')

    def _get(self, group, default=None):
        j = self._index(group)
        start = self._spans[j]
        if start < 0:
            return default
        return self.string[start:self._spans[j + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)]

    def end(self, group=0):
        return self._spans[self._index(group) + 1]

    def span(self, group=0):
        j = self._index(group)
        return (self._spans[j], self._spans[j + 1])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """The group that closed last: the greatest end; of two ending together, the enclosing one,
        or the later one when it is not inside the other."""
        best = None
        best_end = -1
        parent = self.re._parent
        for g in range(1, self.re.groups + 1):
            j = 2 * self.re._java_group[g]
            if self._spans[j] < 0:
                continue
            end = self._spans[j + 1]
            if end > best_end:
                best, best_end = g, end
            elif end == best_end:
                inside = parent[g]
                while inside is not None and inside != best:
                    inside = parent[inside]
                if inside is None:
                    best = g
        return best

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, g in self.re._groupindex.items():
            if g == last:
                return name
        return None

    def expand(self, template):
        return _expand_template(_compile_template(self.re, template), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)



# ---------------------------------------------------------------------------------------------
# Replacement templates

def _compile_template(pattern, repl):
    """The replacement string as (groups, literals): literals has None where a group goes."""
    key = (pattern, repl)
    found = _template_cache.get(key)
    if found is not None:
        return found
    s = _Source(repl)
    groups = []
    literals = []
    literal = []

    def addgroup(index, offset):
        if index > pattern.groups:
            raise s.error('invalid group reference %d' % index, offset)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not s.match('<'):
                    raise s.error('missing <')
                name = s.getuntil('>', 'group name')
                if name.isidentifier():
                    index = pattern._groupindex.get(name)
                    if index is None:
                        raise IndexError('unknown group name %r' % name)
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error('bad character in group name %r' % name, len(name) + 1) from None
                    if index >= _MAXGROUPS:
                        raise s.error('invalid group reference %d' % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == '0':
                if s.next is not None and s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s.next is not None and s.next in _DIGITS:
                    this += s.get()
                    if c in _OCTDIGITS and this[2] in _OCTDIGITS and s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        code = int(this[1:], 8)
                        if code > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377' % this, len(this))
                        literal.append(chr(code))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            elif this in _ESCAPES:
                literal.append(_ESCAPES[this])
            elif c in _ASCIILETTERS:
                raise s.error('bad escape %s' % this, len(this))
            else:
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        literals.append(''.join(literal))
    if not isinstance(repl, str):
        literals = [None if x is None else x.encode('latin-1') for x in literals]
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    result = (groups, literals)
    _template_cache[key] = result
    return result


def _expand_template(template, match):
    groups, literals = template
    literals = literals[:]
    empty = match.string[:0]
    for index, group in groups:
        literals[index] = match.group(group) or empty
    return empty.join(literals)


# ---------------------------------------------------------------------------------------------
# The module's functions

_cache = {}
_template_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if flags & 1:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    t = _translate(pattern, flags)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = t.flags
    p.groups = t.groups - 1
    p._groupindex = t.groupindex
    p._handle = _re.compile(t.java)
    p._istext = isinstance(pattern, str)
    p._java_group = t.java_group
    p._parent = t.parent
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the
    pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning)
    return _compile(pattern, flags | 1)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')
