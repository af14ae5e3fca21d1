# Pins down: str.splitlines against every line boundary CPython knows (\v \f \x1c-\x1e \x85
# \u2028 \u2029 and \r\n as one) with keepends, bytes.splitlines knowing only \n \r \r\n,
# str.split() whitespace against the same characters, expandtabs columns with newlines and \r,
# isidentifier/isprintable/isspace/isdecimal/isdigit/isnumeric over a table of characters,
# casefold against lower for special cases, and bytes.hex/bytes.fromhex separators.
import unicodedata

text = 'a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm'
print(text.splitlines())
print(text.splitlines(True))
print(text.encode('utf-8').splitlines())
print(b'a\nb\rc\r\nd\x0be\x0cf\n'.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x\r'.splitlines(True), '\r\n'.splitlines())
print(text.split())
print('a\x1cb\x1fc\x85d\xa0e\u3000f\u200bg'.split())
print(b'a\x1cb\x0bc\x0cd\x85e'.split())

for s in ['a\tb', '\tx\ty', 'ab\tcd\tef', '12345678\tx', 'a\nb\tc', 'a\rbc\td', '\t', 'é\tb', '日本\tz']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)))
print(repr(b'a\tb\r\tc'.expandtabs(3)), repr('x\ty'.expandtabs(-3)), repr('x\ty'.expandtabs(tabsize=2)))

chars = ['a', '_', '1', '٣', '²', '½', 'Ⅷ', '\u00b7', 'ℵ', '\u0300', ' ', '\xa0', '\u2028', '\x1f',
         '\t', '€', 'ß', 'ǅ', '\u200b', '𝔘', '〇', '\U0001f600']
print('char  ident pr sp dec dig num alpha alnum upper lower title')
for ch in chars:
    flags = [ch.isidentifier(), ch.isprintable(), ch.isspace(), ch.isdecimal(), ch.isdigit(),
             ch.isnumeric(), ch.isalpha(), ch.isalnum(), ch.isupper(), ch.islower(), ch.istitle()]
    print(f'{ord(ch):06x}', ' '.join('T' if f else '.' for f in flags), unicodedata.category(ch))
for s in ['', 'a1', '1a', '_', 'a-b', 'class', 'ab\u0300', '\u0300a', 'ℵ2', 'x²', 'Ⅷx', 'a b', '𝔘x']:
    print(repr(s), s.isidentifier(), s.isascii(), s.isprintable())

for s in ['Straße', 'ﬁne', 'İstanbul', 'ΣΑΣ', 'ὒ', 'ǅungla', 'ŉ', 'ﬃ', 'Ꭰ', 'ꭰ', 'µ', 'ς']:
    print(s, s.lower(), s.casefold(), s.upper(), s.title(), s.swapcase(), s.capitalize(),
          len(s.casefold()), s.casefold() == s.lower())
print('STRASSE'.casefold() == 'straße'.casefold(), 'ΣΑΣ ΑΣ'.lower())

data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex('_', -2), data.hex(' ', 5), data.hex(b'|', 1))
print(bytearray(b'\x01\x02\x03').hex('.', 2), memoryview(b'abcdef').hex(':', 3), b''.hex(':'))
for sep, n in [('::', 1), ('é', 1), (1, 1), ('', 1)]:
    try:
        print(b'ab'.hex(sep, n))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for h in ['0a 0b', '0a0b ', ' 0a', '0a:0b', '0A0b', '0a 0', 'zz', '0a\t0b', '0a\n0b', '']:
    try:
        print(repr(h), bytes.fromhex(h))
    except ValueError as e:
        print(repr(h), 'ValueError', e)
print(bytearray.fromhex('ff 00'), type(bytearray.fromhex('')).__name__)
