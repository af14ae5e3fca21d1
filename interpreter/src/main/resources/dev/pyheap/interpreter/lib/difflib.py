"""Comparing sequences: SequenceMatcher (the longest-matching-block algorithm with its junk and
popularity heuristics, matching blocks, opcodes, grouped opcodes, the three ratios), Differ,
ndiff, restore, unified_diff, context_diff, diff_bytes, get_close_matches, IS_LINE_JUNK and
IS_CHARACTER_JUNK, with CPython 3.11's results and texts.

The matcher finds the longest block of b that also appears in a, where b's elements are looked up
through an index from element to positions (b2j) that leaves out junk elements (isjunk) and, for
b of 200 or more elements with autojunk, the "popular" ones (more than 1% + 1 of b); a block is
then widened by equal elements next to it, non-junk first and junk after. The blocks left and
right of it are matched the same way, so the result is the blocks in order.

HtmlDiff lays the two texts side by side in an HTML table. Its rows come from _mdiff, which reads
ndiff's delta and pairs a line of each side: a changed line with its counterpart (the '?' hint
lines say which characters were added, deleted or changed), an unmatched line with a blank one,
so both columns stay aligned; with context, only the changes and numlines unchanged lines around
each are kept, and a break marks what was left out.
"""

from collections import namedtuple as _namedtuple
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
           'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements (see the module's docstring)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self.__chain_b()

    def __chain_b(self):
        b = self.b
        index = {}
        for position, element in enumerate(b):
            positions = index.get(element)
            if positions is None:
                index[element] = [position]
            else:
                positions.append(position)
        junk = set()
        if self.isjunk:
            for element in index:
                if self.isjunk(element):
                    junk.add(element)
            for element in junk:
                del index[element]
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for element, positions in index.items():
                if len(positions) > limit:
                    popular.add(element)
            for element in popular:
                del index[element]
        self.b2j = index
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside a[alo:ahi] and b[blo:bhi] as
        Match(i, j, k): the earliest in a, then in b, among the longest."""
        a, b, index = self.a, self.b, self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_ending[j]: the length of the match ending at a[i-1] and b[j], for the previous i
        run_ending = {}
        for i in range(alo, ahi):
            runs = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_ending.get(j - 1, 0) + 1
                runs[j] = k
                if k > best_size:
                    best_i, best_j, best_size = i - k + 1, j - k + 1, k
            run_ending = runs
        # Widen by equal non-junk elements (popular ones were not indexed), then by junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_size += 1
            while (best_i + best_size < ahi and best_j + best_size < bhi
                   and (b[best_j + best_size] in junk) == want_junk
                   and a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """The matching blocks as Match triples in increasing order, adjacent ones joined, ending
        with the dummy Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = block
            if k:
                found.append(block)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        joined = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    joined.append((ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            joined.append((ci, cj, ck))
        joined.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in joined]
        return self.matching_blocks

    def get_opcodes(self):
        """The (tag, i1, i2, j1, j2) steps turning a into b: 'replace', 'delete', 'insert', 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Generates the opcodes in groups (hunks) with at most n lines of context around the changes."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        else:
            codes = list(codes)
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2.0 * M / T: M the matched elements, T the elements of both sequences."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[-1]
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from the elements' counts only."""
        if self.fullbcount is None:
            counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matched = 0
        for element in self.a:
            if element in left:
                available = left[element]
            else:
                available = counts.get(element, 0)
            left[element] = available - 1
            if available > 0:
                matched += 1
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths only."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of the possibilities whose ratio to word is at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def _keep_original_ws(line, marks):
    return ''.join(ch if mark == ' ' and ch.isspace() else mark for ch, mark in zip(line, marks))


class Differ:
    """Compares sequences of lines and writes the human-readable delta: '- ', '+ ', '  ' and the
    '? ' guide lines under lines that are similar (ratio at least 0.75)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # the shorter block first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # The most similar pair of lines (ratio above 0.74, the first found wins ties) splits the
        # block in two, each handled the same way; without one, an identical pair does, else the
        # block is plain deletions and insertions.
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        for j in range(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(aline)
                if (matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = same_i, same_j, 1.0
        else:
            same_i = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if same_i is None:
            amarks = []
            bmarks = []
            matcher.set_seqs(aline, bline)
            for tag, ai1, ai2, bj1, bj2 in matcher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    amarks.append('^' * la)
                    bmarks.append('^' * lb)
                elif tag == 'delete':
                    amarks.append('-' * la)
                elif tag == 'insert':
                    bmarks.append('+' * lb)
                elif tag == 'equal':
                    amarks.append(' ' * la)
                    bmarks.append(' ' * lb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(amarks), ''.join(bmarks))
        else:
            yield '  ' + aline
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=None):
    """True for a line that is blank or holds only '#' and whitespace."""
    if pat is not None:
        return pat(line) is not None
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _format_range_context(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The unified diff of two lists of lines, as a generator of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(first[1], last[2]),
                                   _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag == 'replace' or tag == 'delete':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag == 'replace' or tag == 'insert':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The context diff of two lists of lines, as a generator of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]), lineterm)
        if any(code[0] == 'replace' or code[0] == 'delete' for code in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]), lineterm)
        if any(code[0] == 'replace' or code[0] == 'insert' for code in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """unified_diff or context_diff over bytes: the lines decoded as ASCII with surrogateescape and the result encoded back."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(s).__name__, s)) from err
    a = [decode(line) for line in a]
    b = [decode(line) for line in b]
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences (which: 1 or 2) that made an ndiff or Differ delta."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == tag:
            yield line[2:]


def _mark_changes(text, hints):
    """text (a '- ' or '+ ' line) with its changed characters marked as the hint line ('? ') says:
    each run of '+', '-' or '^' becomes '\0' + that sign before it and '\1' after it."""
    import re
    runs = [(m.group()[0], m.start(), m.end()) for m in re.finditer(r'\++|-+|\^+', hints)]
    for sign, begin, end in reversed(runs):
        text = text[:begin] + '\0' + sign + text[begin:end] + '\1' + text[end:]
    return text[2:]


_BLANK = ('', '\n')


def _side_lines(delta):
    """The lines of an ndiff delta as (from, to, changed): from and to are (number, marked text)
    or None where that side has no line here. Unmatched lines are counted so that, where a run of
    changes ends, blank lines are given to the shorter side."""
    delta = iter(delta)
    numbers = [0, 0]
    window = []

    def take(side, sign):
        # the next line of side: sign None unmarked, '?' with its hint line's marks, '+'/'-' all marked
        numbers[side] += 1
        if sign == '?':
            text = _mark_changes(window.pop(0), window.pop(0))
        elif sign is None:
            text = window.pop(0)[2:]
        else:
            text = '\0' + sign + (window.pop(0)[2:] or ' ') + '\1'
        return numbers[side], text

    unmatched = 0  # to-side lines minus from-side lines since the last balance
    while True:
        while len(window) < 4:
            window.append(next(delta, 'X'))
        tags = ''.join(line[0] for line in window)
        if tags.startswith('X'):
            balance, last = unmatched, None
        elif tags.startswith('-?+?'):
            yield take(0, '?'), take(1, '?'), True
            continue
        elif tags.startswith('--++'):
            unmatched -= 1
            yield take(0, '-'), None, True
            continue
        elif tags.startswith(('--?+', '--+', '- ')):
            balance, unmatched = unmatched - 1, 0
            last = (take(0, '-'), None, True)
        elif tags.startswith('-+?'):
            yield take(0, None), take(1, '?'), True
            continue
        elif tags.startswith('-?+'):
            yield take(0, '?'), take(1, None), True
            continue
        elif tags.startswith('-'):
            unmatched -= 1
            yield take(0, '-'), None, True
            continue
        elif tags.startswith('+--'):
            unmatched += 1
            yield None, take(1, '+'), True
            continue
        elif tags.startswith(('+ ', '+-')):
            balance, unmatched = unmatched + 1, 0
            last = (None, take(1, '+'), True)
        elif tags.startswith('+'):
            unmatched += 1
            yield None, take(1, '+'), True
            continue
        else:
            numbers[0] += 1
            numbers[1] += 1
            text = window.pop(0)[2:]
            yield (numbers[0], text), (numbers[1], text), False
            continue
        for _ in range(-balance):
            yield None, _BLANK, True
        for _ in range(balance):
            yield _BLANK, None, True
        if last is None:
            return
        yield last


def _line_pairs(side_lines):
    """(from, to, changed) rows: each side's lines in order, the next of each paired."""
    from collections import deque
    froms, tos = deque(), deque()
    for from_line, to_line, changed in side_lines:
        if from_line is not None:
            froms.append((from_line, changed))
        if to_line is not None:
            tos.append((to_line, changed))
        while froms and tos:
            (from_line, from_changed), (to_line, to_changed) = froms.popleft(), tos.popleft()
            yield from_line, to_line, from_changed or to_changed


def _in_context(pairs, numlines):
    """The changed rows with numlines unchanged rows before and after each; (None, None, None)
    stands where rows were left out before a change."""
    from collections import deque
    pairs = iter(pairs)
    before = numlines + 1  # the rows kept up to and including a change
    while True:
        recent = deque(maxlen=before)
        left_out = False
        for row in pairs:
            left_out = left_out or len(recent) == before
            recent.append(row)
            if row[2]:
                break
        else:
            return
        if left_out:
            yield None, None, None
        yield from recent
        after = numlines
        while after:
            row = next(pairs, None)
            if row is None:
                return
            after = numlines if row[2] else after - 1
            yield row


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The side-by-side rows of ndiff(fromlines, tolines) as (from, to, changed): from and to are
    (line number, text) with '\0+', '\0-' or '\0^' before and '\1' after added, deleted and
    changed text, a blank side being ('', '\n'); with context (a number), only the changed rows
    and context rows around each, and (None, None, None) where rows were left out."""
    pairs = _line_pairs(_side_lines(ndiff(fromlines, tolines, linejunk, charjunk)))
    if context is None:
        return pairs
    return _in_context(pairs, context)


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


class HtmlDiff(object):
    """Two texts side by side in an HTML table (make_table) or page (make_file): changed lines
    with their added, changed and deleted characters coloured, links from one change to the next,
    optionally only the changes in context and long lines wrapped at wrapcolumn."""

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    # the number of tables made so far: each one's anchors are prefixed with it
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5, *,
                  charset='utf-8'):
        """A whole HTML page: the table of make_table and a legend; characters charset cannot
        encode become character references."""
        page = self._file_template % dict(
            styles=self._styles, legend=self._legend, charset=charset,
            table=self.make_table(fromlines, tolines, fromdesc, todesc, context=context, numlines=numlines))
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        # tabs expanded to tabsize columns; the spaces that stand for a tab are kept as '\t' (shown
        # as &nbsp; at the end), the line ends dropped
        def expand(line):
            line = line.replace(' ', '\0').expandtabs(self._tabsize)
            return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        """Appends (line_num, text) to data_list, text cut into pieces of wrapcolumn visible
        characters, the pieces after the first numbered '>'; a mark open at a cut is closed and
        opened again."""
        width = self._wrapcolumn
        while True:
            if not line_num or len(text) <= width or len(text) - 3 * text.count('\0') <= width:
                data_list.append((line_num, text))
                return
            i = shown = 0
            mark = ''
            while shown < width and i < len(text):
                if text[i] == '\0':
                    mark = text[i + 1]
                    i += 2
                elif text[i] == '\1':
                    mark = ''
                    i += 1
                else:
                    i += 1
                    shown += 1
            head, text = text[:i], text[i:]
            if mark:
                head += '\1'
                text = '\0' + mark + text
            data_list.append((line_num, head))
            line_num = '>'

    def _line_wrapper(self, diffs):
        """The rows with long lines wrapped: a side with fewer pieces is filled with blanks."""
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            fromlist, tolist = [], []
            self._split_line(fromlist, *fromdata)
            self._split_line(tolist, *todata)
            for i in range(max(len(fromlist), len(tolist))):
                yield (fromlist[i] if i < len(fromlist) else ('', ' '),
                       tolist[i] if i < len(tolist) else ('', ' '), flag)

    def _collect_lines(self, diffs):
        """Each side's cells and the rows' flags (None for a break, whose cells are None)."""
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            if fromdata is None or todata is None:
                fromlist.append(None)
                tolist.append(None)
            else:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        """The two cells of one side of a row: its number (an anchor when it is a line's) and its
        text, escaped, spaces made non-breaking."""
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            anchor = ''
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (anchor, linenum, text)

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """The navigation column: an anchor numlines rows before each change, an 'n' link to the
        next change at each change's first row, 'f' (first change) on the first row when it is
        unchanged and 't' (top) on the last change; a table without rows says so."""
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        changes = 0
        in_change = False
        last = 0
        for i, flag in enumerate(flaglist):
            if not flag:
                in_change = False
            elif not in_change:
                in_change = True
                last = i
                next_id[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, changes)
                changes += 1
                next_href[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, changes)
        if not flaglist:
            flaglist, next_id, next_href, last = [False], [''], [''], 0
            if context:
                fromlist = tolist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        """The HTML table of the two lists of lines side by side, headed by fromdesc and todesc;
        with context, only the changes and numlines lines around each."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None, linejunk=self._linejunk,
                       charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        for i, flag in enumerate(flaglist):
            if flag is None:
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
            else:
                rows.append('            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">%s</td>%s</tr>\n'
                            % (next_id[i], next_href[i], fromlist[i], next_href[i], tolist[i]))
        header_row = ''
        if fromdesc or todesc:
            header_row = ('<thead><tr><th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th>'
                          '<th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th></tr></thead>' % (fromdesc, todesc))
        table = self._table_template % dict(data_rows=''.join(rows), header_row=header_row, prefix=self._prefix[1])
        for marker, html in (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
                             ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;')):
            table = table.replace(marker, html)
        return table
