"""Filename matching with shell patterns, as CPython 3.11's fnmatch.

'*' matches any run of characters (slashes too), '?' one character, '[seq]' one character of seq,
'[!seq]' one not in it, with ranges 'a-z'; a '[' without its ']' is literal. A pattern is turned
into a regular expression by translate() and compiled once (a cache of 32768 patterns, str and
bytes apart); fnmatch() first normalises case as os.path.normcase does (on POSIX: not at all).

translate() gives CPython's expression text to the character: each '*' that has fixed text after
it and another '*' later becomes the atomic group '(?>.*?FIXED)', so that the engine never
backtracks into it (a pattern with many stars stays linear).
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = object()


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1'))
        return re.compile(bytes(text, 'ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The items of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


def _bracket(pat, start, end):
    """The regular-expression text of the bracket expression pat[start:end] (without its '[' and
    ']'), or None when it can match nothing."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # Split at the hyphens that make ranges: a leading '!' and the first character after it
        # are never a range's hyphen.
        pieces = []
        piece_start = start
        search = start + 2 if pat[start] == '!' else start + 1
        while True:
            hyphen = pat.find('-', search, end)
            if hyphen < 0:
                break
            pieces.append(pat[piece_start:hyphen])
            piece_start = hyphen + 1
            search = hyphen + 3
        tail = pat[piece_start:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        # A range whose ends are out of order matches nothing: drop it, joining its neighbours.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    # '&&', '~~' and '||' may become set operations in a future re: escape their characters.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern pat matches."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))

    out = []
    k, count = 0, len(parts)
    while k < count and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < count:
        k += 1  # the star
        if k == count:
            out.append('.*')
            break
        fixed_start = k
        while k < count and parts[k] is not _STAR:
            k += 1
        fixed = ''.join(parts[fixed_start:k])
        if k == count:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
