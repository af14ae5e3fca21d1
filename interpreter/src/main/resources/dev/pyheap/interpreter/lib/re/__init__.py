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

Bytes patterns are matched as latin-1 text with ASCII classes (any bytes-like subject: bytes,
bytearray, memoryview, array; a group of one is bytes, as _sre's getslice makes it).

Pattern, Match and the scanner are _sre's types (Modules/_sre/sre.c), written in Java in the _re
engine module with 3.11's layouts (sys.getsizeof of a match is 3.11's; of a pattern, 3.11's object
with one code word, since CPython's size counts the code its own compiler writes), CPython's
argument names, errors, reprs, comparison and type flags (not subclassable, not instantiable,
weak references to patterns only). _re.compile(pattern, flags, regex, groupindex, java_group,
parent) makes a Pattern of a translation. match, fullmatch, search, findall, split, sub, subn,
finditer and scanner run in Java without a Python frame per match; a replacement that is not a
literal is parsed once per call by _subx below (CPython's sre.c calls re._subx too) and expanded in
Java per match; Match.expand calls _expand.
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


# Pattern and Match are _sre's types, written in Java (the _re engine module): their methods run
# no Python frame, bar re._subx and re._expand below for a replacement template
Pattern = _re.Pattern
Match = _re.Match


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
    return _re.compile(pattern, t.flags, t.java, t.groupindex, t.java_group, t.parent)


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


import copyreg


def _pickle(p):
    return _compile, (p.pattern, p.flags)


copyreg.pickle(Pattern, _pickle, _compile)
