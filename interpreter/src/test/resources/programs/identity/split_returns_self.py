# split and rsplit answer [s] with s itself when nothing splits an exact str or bytes: no
# separator found (or maxsplit 0 with a separator), or a whitespace split whose one piece is
# all of the text; a subclass's instance, a bytearray and the rest after maxsplit are new objects.
# A str separator longer than the text, or of a wider kind, gives the text itself even for a subclass.
class S(str):
    pass


class B(bytes):
    pass


s = 'abcdefgh' * 3
b = b'abcdefgh' * 3
print('str  ', s.split()[0] is s, s.split('x')[0] is s, s.rsplit('x')[0] is s, s.rsplit()[0] is s,
      (' ' + s).split()[0] is s, (' ' + s + ' ').split() == [s])
print('bytes', b.split()[0] is b, b.split(b'x')[0] is b, b.rsplit(b'x')[0] is b, b.rsplit()[0] is b)
print('max 0', s.split('a', 0)[0] is s, s.split(None, 0)[0] is s, s.rsplit(None, 0)[0] is s,
      b.split(b'a', 0)[0] is b, (s + ' ').split(None, 0))
x = S('abc')
print('sub  ', type(x.split('abcd')[0]).__name__, x.split('abcd')[0] is x, x.rsplit('abcd')[0] is x,
      x.split('\u20ac')[0] is x, x.split('q')[0] is x, type(x.split('q')[0]).__name__, x.split()[0] is x)
y = B(b'abc')
print('bsub ', y.split(b'abcd')[0] is y, type(y.split(b'abcd')[0]).__name__, y.split()[0] is y)
ba = bytearray(b'abc')
print('barr ', ba.split()[0] is ba, ba.split(b'x')[0] is ba, ba.split(b'x') == [ba])
wide = 'a\u0100b'
print('kinds', wide.split('\U0001d11e')[0] is wide, wide.split('q')[0] is wide, 'ab'.split('a\u0100b')[0])
one, byte, empty = chr(97), bytes([98]), str()
print('ones ', 'a b'.split()[0] is one, b'a b'.split()[1] is byte, 'x,'.split(',')[1] is empty, 'a\u0100 b'.split()[1] is chr(98))
# partition gives the text back when the separator is missing, a str or bytes subclass's instance
# too; splitlines like split; strip, replace and removeprefix only for the exact types.
print('part ', x.partition('q')[0] is x, x.rpartition('q')[2] is x, y.partition(b'q')[0] is y,
      y.rpartition(b'q')[2] is y, type(x.partition('a')[2]).__name__, ba.partition(b'q')[0] is ba,
      s.partition('q')[0] is s, b.rpartition(b'q')[2] is b)
for t in ('abc', 'abc\n', 'a\nb', 'abc\r\n', ''):
    print('lines', repr(t), [p is t for p in t.splitlines()], [p is t for p in t.splitlines(True)],
          [p is t for p in S(t).splitlines(True)])
print('same ', s.strip() is s, s.lstrip('q') is s, s.replace('q', 'r') is s, s.replace('a', 'r', 0) is s,
      s.removeprefix('q') is s, s.removesuffix('') is s, b.strip() is b, b.replace(b'q', b'r') is b,
      x.strip() is x, x.replace('q', 'r') is x, type(x.removeprefix('q')).__name__, ba.strip() is ba)
print('parts', ' ab '.strip(), 'xxabxx'.strip('x'), 'xxabxx'.lstrip('x'), 'xxabxx'.rstrip('x'), 'a\u0100b'.partition('\u0100'),
      b'a=b=c'.rpartition(b'='), bytearray(b'k=v').partition(b'='), 'a\u2028b\x85c'.splitlines(True), 'abc'.removesuffix('bc'))
