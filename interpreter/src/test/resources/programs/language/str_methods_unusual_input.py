# str methods on unusual input: empty separators and needles, maxsplit of 0 and negatives,
# split() on Unicode whitespace (\x1c-\x1f, \x85, \u3000) against split(' '), splitlines on every
# line boundary and keepends, title/capitalize/swapcase with non-ASCII and ligatures, zfill with
# signs, center's odd padding side, expandtabs with column positions, partition misses, strip
# with a chars argument, removeprefix/removesuffix, count of overlapping needles, and the
# errors (empty separator, bad fill characters, non-str arguments).
s = 'a\x1cb\x1dc\x1ed\x1fe\x85f\u3000g\u2028h i\tj'
print(s.split(), s.split(' '), s.rsplit(None, 2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 0), 'a,b,,c,'.split(',', -1), 'a,b,,c'.rsplit(',', 1))
print('  x  y  '.split(None, 1), '  x  y  '.rsplit(None, 1), ''.split(), ''.split(','), '   '.split(' '))
for t in ('one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end',
          'trailing\n', '\n', '', 'no newline'):
    print(t.splitlines(), t.splitlines(True)[-1:] if t else [])
print(b'a\x1cb\nc\x85d\re'.splitlines(), b' a\x1cb '.split())
print('hello wORLD ǆemal ßtraße ﬁnal'.title(), 'ǆ'.capitalize(), 'ßx'.capitalize(), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()))
print("they're bill's friends".title(), 'ΣΑΣ ΟΔΟΣ'.lower(), 'Straße'.casefold(), 'Ǆ'.swapcase(), 'ﬁ'.swapcase())
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(2), 'abc'.zfill(6), '-'.zfill(3), ''.zfill(2))
print('[' + 'ab'.center(5) + ']', '[' + 'abc'.center(6) + ']', '[' + 'a'.center(4, '*') + ']', '[' + 'ab'.center(7, '-') + ']')
print(repr('a\tbc\tdef\tg\n\th'.expandtabs(4)), repr('\t'.expandtabs(0)), repr('x\ty'.expandtabs(-1)))
print('a-b-c'.partition('-'), 'abc'.partition('x'), 'abc'.rpartition('x'), 'a-b-c'.rpartition('-'))
print('xxhixx'.strip('x'), '<<a>>'.lstrip('<>'), 'abcba'.strip('ab'), 'aaa'.strip('a'), '  \t\n x \x0b'.strip())
print('prefix-body'.removeprefix('prefix-'), 'body'.removeprefix('zz'), 'file.tar.gz'.removesuffix('.gz'), 'x'.removesuffix(''))
print('aaaa'.count('aa'), 'aaaa'.count(''), ''.count(''), 'abc'.count('', 10), 'abc'.find('', 3), 'abc'.find('', 4))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1))
print('abc'.startswith(('x', 'ab')), 'abc'.endswith('c', 0, 2), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
print('ab'.join([]), ','.join('xyz'), 'ab' * 0, 'ab' * -3, '%s|%r|%a' % ('é', 'é', 'é'))
print('\u0660\u0661'.isdigit(), '\u00b2'.isdigit(), '\u00b2'.isdecimal(), '½'.isnumeric(), 'Ⅻ'.isnumeric(), ''.isspace())
print('abc'.isidentifier(), '1a'.isidentifier(), 'ǅ'.istitle(), 'Ab Cd'.istitle(), 'aB'.istitle(), 'ﬁ'.isalpha(), '\x85'.isprintable())
print('ǅungla'.lower(), 'ǅungla'.upper(), 'ŉ'.upper(), 'ΐ'.upper(), len('ΐ'.upper()))
for call in (lambda: 'a'.split(''), lambda: 'a'.center(3, 'xy'), lambda: 'a'.join([1]),
             lambda: 'a'.strip(5), lambda: 'a'.replace(1, 2), lambda: 'a'.rsplit(''), lambda: 'a' + 1,
             lambda: 'a'.index('b'), lambda: 'a'.zfill('3'), lambda: 'abc'.startswith(['a']),
             lambda: 'a'.ljust(2, ''), lambda: 'x'.encode('nope'), lambda: str(b'x', 'ascii', 'bogus') + 'é'.encode('ascii', 'bogus').decode()):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
