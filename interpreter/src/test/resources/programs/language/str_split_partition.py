# str.split / rsplit with maxsplit, partition/rpartition, splitlines with keepends
s = '  a  b c\td\n e  '
for m in (-1, 0, 1, 2, 10):
    print(m, s.split(maxsplit=m), s.rsplit(maxsplit=m))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2))
print('abcabc'.split('bc'), ''.split(), ''.split(','), 'x'.split('x'))
print('a::b::c'.rsplit('::', 1), 'a::b::c'.split(sep='::', maxsplit=1))
for t in ('key=value=x', 'novalue', '=start', 'end='):
    print(t.partition('='), t.rpartition('='))
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    'a'.partition('')
except ValueError as e:
    print('ValueError:', e)
try:
    'a'.split(1)
except TypeError as e:
    print('TypeError:', e)
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d\x1e\x85eight\u2028nine\u2029ten\n'
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.splitlines(True) == text.splitlines(1))
print(''.splitlines(), '\n'.splitlines(), 'x\n\n'.splitlines(True))
print(b'a\r\nb\rc\x0bd'.splitlines(), b'a\r\nb'.splitlines(True))
