# fnmatch: shell-style wildcards, as CPython 3.11's module matches them (on POSIX, where
# os.path.normcase changes nothing): '*' any run of characters (slashes too), '?' one character,
# '[seq]' one character of seq, '[!seq]' one not in it, ranges 'a-z'; a '[' without its ']' is
# literal. CPython compiles the pattern to a regular expression; here it is parsed into tokens and
# matched directly (there is no re module). translate() is not provided.

_cache = {}


def _tokens(pat):
    # A token is a str (a literal character), None for '*', True for '?', or a
    # (negated, chars, ranges) tuple for a bracket expression.
    found = _cache.get(pat)
    if found is not None:
        return found
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not None:
                out.append(None)
        elif c == '?':
            out.append(True)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('[')
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            chars = []
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:
                        ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    chars.append(body[k])
                    k += 1
            out.append((negated, ''.join(chars), tuple(ranges)))
        else:
            out.append(c)
    out = tuple(out)
    if len(_cache) >= 256:
        _cache.clear()
    _cache[pat] = out
    return out


def _one(token, ch):
    if token is True:
        return True
    if type(token) is str:
        return token == ch
    negated, chars, ranges = token
    inside = ch in chars or any(lo <= ch <= hi for lo, hi in ranges)
    return inside != negated


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    tokens = _tokens(pat)
    # Greedy matching with backtracking to the last '*' (each '*' resumes one character later).
    t = s = 0
    star = -1
    resume = 0
    while s < len(name):
        if t < len(tokens) and tokens[t] is not None and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif t < len(tokens) and tokens[t] is None:
            star = t
            resume = s
            t += 1
        elif star >= 0:
            t = star + 1
            resume += 1
            s = resume
        else:
            return False
    while t < len(tokens) and tokens[t] is None:
        t += 1
    return t == len(tokens)


def fnmatch(name, pat):
    """Whether name matches pat (normalised as os.path.normcase does on POSIX: unchanged)."""
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match pat."""
    return [name for name in names if fnmatchcase(name, pat)]
