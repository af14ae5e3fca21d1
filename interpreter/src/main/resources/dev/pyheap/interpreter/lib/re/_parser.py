"""Reading a pattern's syntax (and a replacement template's): CPython's re._parser, which here
writes the pattern in java.util.regex's syntax as it reads it (the translation rules are in the re
package's docstring). The functions and methods that read each construct bear the names of
CPython's (parse, _parse_sub, _parse, _parse_flags, _escape, _class_escape, parse_template), so an
error in a pattern shows the same traceback entries; a group, a conditional or a character set is
read inside _parse, as in CPython."""

import _re
from ._constants import error

_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823
_TYPE_FLAGS = 4 | 32 | 256
_GLOBAL_FLAGS = 128 | 1
_INLINE = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1, 'u': 32}

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
        self.__next()

    def __next(self):
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
            self.__next()
            return True
        return False

    def get(self):
        this = self.next
        self.__next()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self.__next()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self.__next()
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
        self.__next()

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

    def backref(self, gid):
        # the caller has checked that the group is closed
        return '(?:\\%d)' % self.java_group[gid]

    # -- parsing
    def _parse_sub(self, flags, verbose, nested):
        """An alternation a|b|c; returns (java, lo, hi)."""
        source = self.source
        branches = []
        start = source.tell()
        while True:
            branches.append(self._parse(flags, verbose, nested + 1, not nested and not branches))
            if not source.match('|'):
                break
        if len(branches) == 1:
            return branches[0]
        lo = min(b[1] for b in branches)
        hi = max(b[2] for b in branches)
        return '|'.join(b[0] for b in branches), lo, hi

    def _parse(self, flags, verbose, nested, first):
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
                items.append(self._escape(this, flags))
            elif this not in '.\\[{()*+?^$|':
                items.append((_lit(this), 1, 1, 'item'))
            elif this == '[':
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
                        kind, code1 = self._class_escape(this, flags)
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
                            kind2, code2 = self._class_escape(that, flags)
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
                    items.append((('[\\s\\S]' if negate else '(?!)'), 1, 1, 'item'))
                else:
                    items.append(('[' + ('^' if negate else '') + body + ']', 1, 1, 'item'))
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
                start = source.tell() - 1
                capture = True
                atomic = False
                name = None
                add_flags = del_flags = 0
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
                            if gid in self.open:
                                raise source.error('cannot refer to an open group', len(name) + 1)
                            items.append((self.backref(gid), 0, _MAXWIDTH, 'item'))
                            continue
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
                        continue
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
                        java, lo, hi = self._parse_sub(flags, verbose, nested + 1)
                        if dir < 0:
                            self.lookbehind -= 1
                        if not source.match(')'):
                            raise source.error('missing ), unterminated subpattern', source.tell() - start)
                        if dir < 0 and lo != hi:
                            raise error('look-behind requires fixed-width pattern')
                        head = {(1, '='): '(?=', (1, '!'): '(?!', (-1, '='): '(?<=', (-1, '!'): '(?<!'}[dir, char]
                        items.append((head + java + ')', 0, 0, 'look'))
                        continue
                    elif char == '(':
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
                        yes = self._parse(flags, verbose, nested + 1, False)
                        if source.match('|'):
                            no = self._parse(flags, verbose, nested + 1, False)
                            if source.next == '|':
                                raise source.error('conditional backref with more than two branches')
                        else:
                            no = ('', 0, 0)
                        if not source.match(')'):
                            raise source.error('missing ), unterminated subpattern', source.tell() - start)
                        test = '\\k<m%d>' % gid
                        java = '(?:(?=%s)%s|(?!%s)%s)' % (test, yes[0], test, no[0])
                        items.append((java, min(yes[1], no[1]), max(yes[2], no[2]), 'item'))
                        continue
                    elif char == '>':
                        capture = False
                        atomic = True
                    elif char in _INLINE or char == '-':
                        parsed = self._parse_flags(char)
                        if parsed is None:
                            if not (first and not items):
                                raise source.error('global flags not at the start of the expression',
                                                   source.tell() - start)
                            if self.flags != self.initial_flags:
                                raise _Restart()
                            continue
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
                java, lo, hi = self._parse_sub(sub_flags, sub_verbose, nested + 1)
                if not source.match(')'):
                    raise source.error('missing ), unterminated subpattern', source.tell() - start)
                if gid is not None:
                    self.closegroup(gid)
                    if self.markers:
                        self.java_count += 1
                        java += '(?<m%d>)' % gid
                    items.append(('(' + java + ')', lo, hi, 'item'))
                    continue
                if atomic:
                    items.append(('(?>' + java + ')', lo, hi, 'item'))
                    continue
                head = ''
                if (add_flags ^ del_flags) & 2 or (add_flags & _TYPE_FLAGS):
                    if sub_flags & 2:
                        head = '?i' if self.ascii(sub_flags) else '?iu'
                    else:
                        head = '?-iu'
                items.append(('(' + (head or '?') + ':' + java + ')', lo, hi, 'item'))
            elif this == '^':
                items.append(('(?<![^\\n])' if flags & 8 else '\\A', 0, 0, 'at'))
            elif this == '$':
                items.append(('(?=\\n|\\z)' if flags & 8 else '(?=\\n?\\z)', 0, 0, 'at'))
        java = ''.join(i[0] for i in items)
        lo = sum(i[1] for i in items)
        hi = min(sum(i[2] for i in items), _MAXWIDTH)
        return java, lo, hi

    def _parse_flags(self, char):
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

    def _code_escape(self, escape, in_class):
        """\\x, \\u, \\U, \\N, octal: the character, or None when escape is not one of those, or the
        error to raise (which the caller raises: in CPython each escape function reads these itself)."""
        source = self.source
        c = escape[1:2]
        if c == 'x':
            escape += source.getwhile(2, _HEXDIGITS)
            if len(escape) != 4:
                return source.error('incomplete escape %s' % escape, len(escape))
            return chr(int(escape[2:], 16))
        if c in 'uU' and source.istext:
            size = 4 if c == 'u' else 8
            escape += source.getwhile(size, _HEXDIGITS)
            if len(escape) != size + 2:
                return source.error('incomplete escape %s' % escape, len(escape))
            code = int(escape[2:], 16)
            if code > 0x10FFFF:
                return source.error('bad escape %s' % escape, len(escape))
            return chr(code)
        if c == 'N' and source.istext:
            if not source.match('{'):
                return source.error('missing {')
            charname = source.getuntil('}', 'character name')
            code = _re.lookup(charname)
            if code < 0:
                return source.error('undefined character name %r' % charname, len(charname) + len(r'\N{}'))
            return chr(code)
        if in_class and c in _OCTDIGITS or c == '0':
            escape += source.getwhile(2, _OCTDIGITS)
            code = int(escape[1:], 8)
            if code > 0o377:
                return source.error('octal escape value %s outside of range 0-0o377' % escape, len(escape))
            return chr(code)
        return None

    def _class_escape(self, escape, flags):
        """An escape inside [...]: ('char', c) or ('class', java)."""
        if escape in _ESCAPES:
            return 'char', _ESCAPES[escape]
        c = escape[1]
        if c in 'dDwWsS':
            return 'class', self.category(c, flags, True)
        ch = self._code_escape(escape, True)
        if isinstance(ch, error):
            raise ch
        if ch is not None:
            return 'char', ch
        if c in _DIGITS or c in _ASCIILETTERS:
            raise self.source.error('bad escape %s' % escape, len(escape))
        return 'char', c

    def _escape(self, escape, flags):
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
        ch = self._code_escape(escape, False)
        if isinstance(ch, error):
            raise ch
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
                if gid in self.open:
                    raise source.error('cannot refer to an open group', len(escape))
                return self.backref(gid), 0, _MAXWIDTH, 'item'
            raise source.error('invalid group reference %d' % gid, len(escape) - 1)
        if c in _ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return _lit(c), 1, 1, 'item'

_SET_OPERATIONS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def _future(message):
    """A FutureWarning for the code that called into this module (syntax whose meaning will change)."""
    import sys
    import warnings
    level = 2
    frame = sys._getframe(1)
    while frame is not None and (frame.f_globals.get('__name__') or '').partition('.')[0] == 're':
        level += 1
        frame = frame.f_back
    warnings.warn(message, FutureWarning, stacklevel=level)


def fix_flags(src, flags):
    """The flags with the text kind's default added, refusing the combinations that cannot be."""
    if isinstance(src, str):
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
    return flags


def parse(str, flags=0):
    """Reads the pattern str (str or bytes) under flags; returns its _Translation: the Java regex,
    the flags, the groups."""
    pattern = str
    while True:
        source = _Source(pattern)
        t = _Translation(source, flags)
        t.markers = '(?(' in source.decoded
        try:
            java, lo, hi = t._parse_sub(flags, bool(flags & 64), 0)
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
    flags = fix_flags(pattern, flags)
    if flags & 2:
        java = ('(?i)' if t.ascii(flags) else '(?iu)') + java
    t.flags = flags
    t.java = java
    return t


def parse_template(source, pattern):
    """The replacement string source as (groups, literals): literals has None where a group goes."""
    repl = source
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
                    index = pattern.groupindex.get(name)
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
    return groups, literals


def expand_template(template, match):
    groups, literals = template
    literals = literals[:]
    empty = match.string[:0]
    for index, group in groups:
        literals[index] = match.group(group) or empty
    return empty.join(literals)
