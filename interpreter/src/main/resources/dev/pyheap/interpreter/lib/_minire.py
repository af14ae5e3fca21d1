"""A small regular expression matcher for warnings filters (the runtime has no re module).

compile(pattern, flags) gives a Pattern with match(string) (anchored at the start, like
re.match), and re's repr and equality, so warnings.filters print and compare as in CPython.

Supported: literals; '.'; '^' and '$' (and \\A, \\Z); character classes [...] with ranges and
negation; the escapes \\d \\D \\w \\W \\s \\S \\b \\B and escaped punctuation; groups (...) and
(?:...); alternation |; the quantifiers * + ? {m} {m,} {m,n} and their lazy forms. IGNORECASE
compares lowercased characters. Anything else raises error (CPython would accept it).
Matching backtracks, trying the alternatives in re's order, so what matches is what re matches.
"""

IGNORECASE = I = 2

# the characters re.escape escapes
_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


class error(Exception):
    """A pattern that is not valid, or uses syntax this matcher does not have."""


def escape(pattern):
    """pattern with every character special to regular expressions escaped."""
    return ''.join(['\\' + ch if ch in _SPECIAL else ch for ch in pattern])


# Nodes of the parsed pattern: tuples whose first item says what they are.
#   ('lit', ch)  ('any',)  ('set', negated, items)  ('bol',)  ('eol',)  ('eos',)  ('bos',)
#   ('wordb', want)  ('alt', [seq, ...])  ('repeat', node, min, max, lazy)
#   ('group', seq)  where seq is a list of nodes

_CLASS_ESCAPES = {'d': ('digit', False), 'D': ('digit', True), 'w': ('word', False),
                  'W': ('word', True), 's': ('space', False), 'S': ('space', True)}
_CHAR_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}


class _Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def more(self):
        return self.i < len(self.p)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def take(self):
        ch = self.p[self.i]
        self.i += 1
        return ch

    def parse(self):
        node = self.alternation()
        if self.more():
            raise error('unbalanced parenthesis at position %d' % self.i)
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return ('group', branches[0])
        return ('alt', branches)

    def sequence(self):
        seq = []
        while self.more() and self.peek() not in '|)':
            atom = self.atom()
            atom = self.quantified(atom)
            seq.append(atom)
        return seq

    def quantified(self, atom):
        ch = self.peek()
        if ch in ('*', '+', '?'):
            self.i += 1
            low, high = {'*': (0, None), '+': (1, None), '?': (0, 1)}[ch]
        elif ch == '{' and self._counted():
            low, high = self._counts()
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'eos', 'bos', 'wordb'):
            raise error('nothing to repeat at position %d' % (self.i - 1))
        lazy = False
        if self.peek() == '?':
            self.i += 1
            lazy = True
        elif self.peek() in ('*', '+', '?', '{') and self.peek() != '{':
            raise error('multiple repeat at position %d' % self.i)
        return ('repeat', atom, low, high, lazy)

    def _counted(self):
        j = self.i + 1
        digits = 0
        while j < len(self.p) and (self.p[j].isdigit() or self.p[j] == ','):
            j += 1
            digits += 1
        return j < len(self.p) and self.p[j] == '}' and digits > 0

    def _counts(self):
        end = self.p.index('}', self.i)
        body = self.p[self.i + 1:end]
        self.i = end + 1
        if ',' in body:
            a, b = body.split(',', 1)
            low = int(a) if a else 0
            high = int(b) if b else None
        else:
            low = high = int(body)
        if high is not None and high < low:
            raise error('min repeat greater than max repeat')
        return low, high

    def atom(self):
        ch = self.take()
        if ch == '.':
            return ('any',)
        if ch == '^':
            return ('bol',)
        if ch == '$':
            return ('eol',)
        if ch == '(':
            if self.peek() == '?':
                if self.p[self.i:self.i + 2] != '?:':
                    raise error('unsupported group syntax at position %d' % (self.i - 1))
                self.i += 2
            inner = self.alternation()
            if self.peek() != ')':
                raise error('missing ), unterminated subpattern')
            self.i += 1
            return inner
        if ch == '[':
            return self.char_class()
        if ch == '\\':
            return self.escape()
        if ch in ('*', '+', '?'):
            raise error('nothing to repeat at position %d' % (self.i - 1))
        if ch == ')':
            raise error('unbalanced parenthesis')
        return ('lit', ch)

    def escape(self):
        if not self.more():
            raise error('bad escape (end of pattern)')
        ch = self.take()
        if ch in _CLASS_ESCAPES:
            kind, negated = _CLASS_ESCAPES[ch]
            return ('set', negated, [kind])
        if ch == 'A':
            return ('bos',)
        if ch == 'Z':
            return ('eos',)
        if ch == 'b':
            return ('wordb', True)
        if ch == 'B':
            return ('wordb', False)
        if ch in _CHAR_ESCAPES:
            return ('lit', _CHAR_ESCAPES[ch])
        if ch.isalnum():
            raise error('bad escape \\%s' % ch)
        return ('lit', ch)

    def char_class(self):
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if not self.more():
                raise error('unterminated character set')
            ch = self.take()
            if ch == ']' and not first:
                break
            first = False
            if ch == '\\':
                esc = self.take()
                if esc in _CLASS_ESCAPES:
                    kind, neg = _CLASS_ESCAPES[esc]
                    items.append(('not-' + kind) if neg else kind)
                    continue
                ch = _CHAR_ESCAPES.get(esc, esc)
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.i += 1
                high = self.take()
                if high == '\\':
                    esc = self.take()
                    high = _CHAR_ESCAPES.get(esc, esc)
                if high < ch:
                    raise error('bad character range %s-%s' % (ch, high))
                items.append((ch, high))
            else:
                items.append((ch, ch))
        return ('set', negated, items)


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _class_has(kind, ch):
    if kind == 'digit':
        return ch.isdigit()
    if kind == 'word':
        return _is_word(ch)
    if kind == 'space':
        return ch.isspace()
    if kind.startswith('not-'):
        return not _class_has(kind[4:], ch)
    return False


def _set_has(items, ch, fold):
    for item in items:
        if isinstance(item, str):
            if _class_has(item, ch):
                return True
        else:
            low, high = item
            if low <= ch <= high:
                return True
            if fold:
                for variant in (ch.lower(), ch.upper()):
                    if low <= variant <= high:
                        return True
    return False


class _Matcher:
    """Backtracking over the parsed nodes; every function takes a continuation (what must match
    after) so alternatives and repetitions are retried in re's order."""

    def __init__(self, text, fold):
        self.text = text
        self.fold = fold

    def seq(self, nodes, k, pos, cont):
        if k == len(nodes):
            return cont(pos)
        return self.node(nodes[k], pos, lambda p: self.seq(nodes, k + 1, p, cont))

    def node(self, node, pos, cont):
        kind = node[0]
        text = self.text
        if kind == 'lit':
            if pos < len(text) and (text[pos] == node[1] or
                                    (self.fold and text[pos].lower() == node[1].lower())):
                return cont(pos + 1)
            return None
        if kind == 'any':
            if pos < len(text) and text[pos] != '\n':
                return cont(pos + 1)
            return None
        if kind == 'set':
            if pos < len(text) and _set_has(node[2], text[pos], self.fold) != node[1]:
                return cont(pos + 1)
            return None
        if kind == 'bol' or kind == 'bos':
            return cont(pos) if pos == 0 else None
        if kind == 'eol':
            if pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n'):
                return cont(pos)
            return None
        if kind == 'eos':
            return cont(pos) if pos == len(text) else None
        if kind == 'wordb':
            before = pos > 0 and _is_word(text[pos - 1])
            after = pos < len(text) and _is_word(text[pos])
            return cont(pos) if (before != after) == node[1] else None
        if kind == 'group':
            return self.seq(node[1], 0, pos, cont)
        if kind == 'alt':
            for branch in node[1]:
                found = self.seq(branch, 0, pos, cont)
                if found is not None:
                    return found
            return None
        return self.repeat(node, pos, cont, 0)

    def single(self, node, pos):
        """Whether the one-character node matches at pos."""
        text = self.text
        if pos >= len(text):
            return False
        kind = node[0]
        ch = text[pos]
        if kind == 'lit':
            return ch == node[1] or (self.fold and ch.lower() == node[1].lower())
        if kind == 'any':
            return ch != '\n'
        return _set_has(node[2], ch, self.fold) != node[1]

    def repeat(self, node, pos, cont, count):
        _, inner, low, high, lazy = node
        if inner[0] in ('lit', 'any', 'set'):
            # one character at a time: count how far it can go, then try the lengths in order
            # (no recursion per character, so long strings do not exhaust the stack)
            most = 0
            while (high is None or most < high) and self.single(inner, pos + most):
                most += 1
            if most < low:
                return None
            lengths = range(low, most + 1) if lazy else range(most, low - 1, -1)
            for length in lengths:
                found = cont(pos + length)
                if found is not None:
                    return found
            return None
        if count < low:
            return self.node(inner, pos, lambda p: self.repeat(node, p, cont, count + 1))
        can_more = high is None or count < high

        def more():
            if not can_more:
                return None
            # an empty iteration cannot make progress: stop there
            return self.node(inner, pos, lambda p: None if p == pos else self.repeat(node, p, cont, count + 1))
        if lazy:
            found = cont(pos)
            return found if found is not None else more()
        found = more()
        return found if found is not None else cont(pos)


class Match:
    """The part of the string a pattern matched: group() / span() / end()."""

    def __init__(self, string, end):
        self.string = string
        self._end = end

    def group(self, index=0):
        if index != 0:
            raise IndexError('no such group')
        return self.string[:self._end]

    def span(self):
        return (0, self._end)

    def start(self):
        return 0

    def end(self):
        return self._end

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(0, %d), match=%r>' % (self._end, self.group())


class Pattern:
    """A compiled pattern: match(string) matches at the start of string."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self._tree = _Parser(pattern).parse()

    def match(self, string):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        end = _Matcher(string, bool(self.flags & IGNORECASE)).node(self._tree, 0, _accept)
        if end is None:
            return None
        return Match(string, end)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags & IGNORECASE:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)


def _accept(pos):
    return pos


def compile(pattern, flags=0):
    """The Pattern of a str pattern (flags: 0 or IGNORECASE)."""
    if isinstance(pattern, Pattern):
        return pattern
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    return Pattern(pattern, flags)
