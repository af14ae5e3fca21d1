"""Helpers of unittest: the shortened reprs of failure messages, strclass, the element-count
differences of assertCountEqual."""

from collections import namedtuple, Counter

__unittest = True

# A failure message shows reprs of at most _MAX_LENGTH characters: a long common prefix is cut to
# its first _MIN_BEGIN_LEN and last characters, then the differing tails if still too long.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(strings):
    first, last = min(strings), max(strings)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(arg) for arg in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    plen = len(prefix)
    common_len = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(missing, unexpected) between two sorted lists, each element once."""
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(missing, unexpected) for unhashable, unorderable items; empties expected."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """The Mismatch(count in actual, count in expected, element) list for unhashable elements."""
    left, right = list(actual), list(expected)
    done = object()
    found = []
    for i, elem in enumerate(left):
        if elem is done:
            continue
        in_left = in_right = 0
        for k in range(i, len(left)):
            if left[k] == elem:
                in_left += 1
                left[k] = done
        for k, other in enumerate(right):
            if other == elem:
                in_right += 1
                right[k] = done
        if in_left != in_right:
            found.append(_Mismatch(in_left, in_right, elem))
    for i, elem in enumerate(right):
        if elem is done:
            continue
        in_right = 0
        for k in range(i, len(right)):
            if right[k] == elem:
                in_right += 1
                right[k] = done
        found.append(_Mismatch(0, in_right, elem))
    return found


def _count_diff_hashable(actual, expected):
    """The Mismatch list for hashable elements, in first-seen order."""
    left, right = Counter(actual), Counter(expected)
    found = []
    for elem, count in left.items():
        other = right.get(elem, 0)
        if count != other:
            found.append(_Mismatch(count, other, elem))
    for elem, count in right.items():
        if elem not in left:
            found.append(_Mismatch(0, count, elem))
    return found
