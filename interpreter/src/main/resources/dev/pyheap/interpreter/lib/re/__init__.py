"""Regular expressions, as CPython 3.11's re module.

How it is built: the package is CPython's (re/__init__.py, _compiler, _parser, _constants); its
_parser reads Python's pattern syntax (every construct, CPython's re.error messages and positions,
group numbers and names, inline flags, VERBOSE) and writes the same pattern in java.util.regex's
syntax, which the engine module _re compiles once and runs. We translate rather than write a matching engine of our own
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
module that stand for CPython's _sre types (written in C, so their frames show in no traceback);
their objects are ordinary objects on the heap.
"""

import _re
from _operator import index as _index
from . import _compiler, _parser
from ._constants import error

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
        # an IntFlag with the KEEP boundary: a negative value is taken modulo the next power of two
        # past the flags (so ~re.IGNORECASE is the other eight flags, 509)
        if value < 0:
            value += max(512, 2 ** value.bit_length())
        return int.__new__(cls, value)

    def __repr__(self):
        # enum.global_flag_repr: the members in definition order, bits no member names as a number
        value = int(self)
        if not value:
            return 're.NOFLAG'
        parts = []
        for bit, name in _FLAG_ORDER:
            if value & bit:
                parts.append('re.' + name)
                value &= ~bit
        if not parts:
            return 're.RegexFlag(%r)' % value
        if value:
            parts.append(hex(value))
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
# RegexFlag's members in the order CPython 3.11's re defines them (its reprs list them so)
_FLAG_ORDER = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]
_REPR_ORDER = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]


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
        # Argument Clinic's Py_ssize_t converter for pos and endpos, before the string is looked at
        pos = _index(pos)
        endpos = _index(endpos)
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
        maxsplit = _index(maxsplit)
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
        count = _index(count)
        # as _sre's pattern_subx: a callable is called per match, a template without a backslash is
        # used as it is, any other goes through re._subx (the literal, or the parsed template)
        if callable(repl):
            filter = repl
            literal = None
        elif (type(repl) is str if self._istext else type(repl) is bytes) and (
                '\\' not in repl if self._istext else b'\\' not in repl):
            literal = repl
            filter = None
        else:
            template = _subx(self, repl)
            if template.__class__ is not tuple:
                literal = template
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
                    pieces.append(_parser.expand_template(filter, m))
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
        return _expand(self.re, self, template)

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
# The module's functions

_cache = {}
_repl_cache = {}
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
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    p = _compiler.compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def _make_pattern(pattern, t):
    """The Pattern of the pattern text and its translation (_sre.compile's part)."""
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = t.flags
    p.groups = t.groups - 1
    p._groupindex = t.groupindex
    p._handle = _re.compile(t.java)
    p._istext = isinstance(pattern, str)
    p._java_group = t.java_group
    p._parent = t.parent
    return p


def _compile_repl(repl, pattern):
    # the parsed replacement templates, cached
    key = (pattern, repl)
    template = _repl_cache.get(key)
    if template is None:
        template = _parser.parse_template(repl, pattern)
        if len(_repl_cache) >= _MAXCACHE:
            _repl_cache.clear()
        _repl_cache[key] = template
    return template


def _expand(pattern, match, template):
    # Match.expand
    template = _parser.parse_template(template, pattern)
    return _parser.expand_template(template, match)


def _subx(pattern, template):
    # Pattern.sub and subn: the replacement itself when it has no group, else its parsed template
    template = _compile_repl(template, pattern)
    if not template[0] and len(template[1]) == 1:
        return template[1][0]
    return template


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
    _repl_cache.clear()


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


class Scanner:
    """A lexer (undocumented in CPython's re, and used by programs): scan(string) matches the
    lexicon's phrases at each position, the first phrase that matches winning, and collects what
    each phrase's action gives (the action called with the scanner and the matched text, or
    taken as it is; None collects nothing), until no phrase matches or one matches nothing; it
    returns the results and the rest of the string.

    CPython joins the phrases' parsed trees into one alternation of groups numbered 1..n; here
    they are joined as pattern text, each phrase in a group of its own, and the group each phrase's
    group gets (after the groups the phrases before it hold) is kept to find its action again:
    the phrase's group closes after any group inside it, so it is the match's lastindex. Two
    differences follow, both in what only CPython's internals decide: the groups inside a phrase
    are numbered in the joined pattern (CPython numbers them from 1 in each phrase, over the
    phrases' own groups), and an empty lexicon scans nothing (CPython's code is invalid)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        self._phrase_of = {}
        parts = []
        group = 1
        for index, (phrase, action) in enumerate(lexicon):
            self._phrase_of[group] = index
            group += 1 + _compile(phrase, flags).groups
            if isinstance(phrase, bytes):
                phrase = phrase.decode('latin1')
            # a newline ends a VERBOSE phrase's trailing comment before its group closes
            parts.append('(' + phrase + ('\n)' if flags & VERBOSE else ')'))
        joined = '|'.join(parts)
        if lexicon and isinstance(lexicon[0][0], bytes):
            joined = joined.encode('latin1')
        self.scanner = _compile(joined, flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


# Pattern, Match and the scanner are _sre's types, C in CPython: an error they raise shows the
# caller's line and nothing below it (a replacement function or template still shows its own)
import _pyheap_c
_pyheap_c.stands_for_c(Pattern, Match, _Scanner, _new_match, _as_text, _mappingproxy)
del _pyheap_c
