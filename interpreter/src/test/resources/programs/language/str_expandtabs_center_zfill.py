# expandtabs, center/ljust/rjust with fill characters, zfill with signs
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('\t'.expandtabs(0)))
print(repr('ab\ncd\te\r\tf'.expandtabs(3)), repr('x\ty'.expandtabs(tabsize=-1)))
for w in (0, 5, 6, 7, 10):
    print(repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w, '.')))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.ljust(5, '')
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.center()
except TypeError as e:
    print('TypeError:', e)
for s in ('42', '-42', '+42', '', '-', 'abc', '--1', '3.14'):
    print(repr(s.zfill(5)), repr(s.zfill(1)))
print(b'-7'.zfill(4), bytearray(b'+7').zfill(4), b'ab'.center(6, b'*'), b'x'.ljust(3, b'-'))
