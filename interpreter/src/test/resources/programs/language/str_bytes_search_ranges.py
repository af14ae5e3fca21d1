# find/rfind/count/in/startswith/endswith/split of str (each kind), bytes and bytearray against
# start and end clamped like slices, empty needles and haystacks, needles wider than the text.
def row(h, n, sep):
    r = [h.find(n), h.rfind(n), h.count(n), n in h, h.startswith(n), h.endswith(n),
         h.split(n) if n else h.split(), h.rsplit(n, 1) if n else h.rsplit(None, 1)]
    for st in (-100, -3, -1, 0, 1, 2, 5, 100, None):
        for en in (-100, -2, 0, 1, 3, 100, None):
            r += [h.find(n, st, en), h.rfind(n, st, en), h.count(n, st, en), h.startswith(n, st, en),
                  h.endswith((n, sep), st, en)]
    return r


for h in ['', 'a', 'abcabc', '\xe9\u20ac\U0001d11e\xe9\u20ac\U0001d11e x', 'a\u0100b a\u0100b']:
    for n in ['', 'a', 'b', 'bc', '\u20ac', '\U0001d11e', '\xe9\u20ac', 'abcabcd', '\u0100b']:
        print(repr(h), repr(n), row(h, n, 'zz'))
        hb = h.encode('utf-8')
        nb = n.encode('utf-8')
        print(repr(hb), row(hb, nb, b'zz'))
        print(row(bytearray(hb), nb, b'zz') == row(hb, nb, b'zz'), bytearray(hb).split(nb or None))
print(b'abc'.find(98), 98 in b'abc', b'abc'.count(99, 1), bytearray(b'xyz').index(b'z'), bytearray(b'xyz').rindex(121))
for f in (lambda: b'abc'.index(b'q'), lambda: 'abc'.rindex('q'), lambda: 256 in b'abc', lambda: 'a' in b'abc',
          lambda: 1 in 'abc', lambda: 'abc'.find(1), lambda: b'abc'.find('a'), lambda: 'abc'.startswith(['a']),
          lambda: 'abc'.endswith(('a', 1)), lambda: 'abc'.find('a', 'x'), lambda: b'abc'.split(''.encode())):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(' a  b c '.split(None, 1), ' a  b c '.rsplit(None, 1), 'a\u2003b\x1cc'.split(), b'a\x0bb\x1cc'.split())
print('a,b,,c'.split(',', 2), 'a,b,,c'.rsplit(',', 2), 'aaa'.split('aa'), 'aaa'.rsplit('aa'), 'aaaa'.count('aa'))
print('abc'.count('', 1), 'abc'.count('', 4), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', 1, 2), b''.count(b''))
print(('x' * 100000 + 'yx').find('xy'), ('x' * 100000 + 'yx').rfind('xx'), ('ab' * 50000).count('ba'))
