# Pins down: repr() and ascii() of strs whose characters sit at printability edges (format
# characters, combining marks, line and paragraph separators, surrogates, private use, unassigned
# code points, non-characters, C1 controls, wide emoji), the quote choice of repr with both quote
# kinds, bytes repr of the same text encoded, and str.isprintable agreeing with repr's escaping.
import unicodedata

samples = ['\u200b', '\u0301', 'e\u0301', '\u2028', '\u2029', '\ud800', '\udfff', '\ue000', '\U000f0000',
           '\u0378', '\ufdd0', '\uffff', '\x85', '\x9f', '\xa0', '\xad', '\U0001f600', '\U0001f1fa\U0001f1f8',
           '\u061c', '\u3000', '\ufeff', '\U000e0001', '\U0010ffff', '\x7f', '\t\n\r\x0b\x0c', '\\', "'", '"', '\'"']
for s in samples:
    cats = ' '.join(unicodedata.category(c) for c in s)
    print(f'{ascii(s):28} {repr(s):20} {s.isprintable()!s:5} {cats}')
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\\n'), ascii('é\u20ac\U0001f600'))
for s in ['caf\xe9', 'x\u2028y', 'tab\there']:
    print(repr(s.encode('utf-8')), repr(s.encode('utf-16-le')[:6]), repr(s.encode('latin-1', 'replace')))
print(repr(chr(0x10ffff)), repr(chr(0xd7ff)), repr(chr(0xe0100)), repr('\U00020000'), repr('\U0002a6df'), repr('\U000323af'))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError', e)
print(ord('\U0010ffff'), ord('\ud800'))
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
try:
    ord(b'')
except TypeError as e:
    print('TypeError', e)
print(str(['\u200b', '\n']), str({'\u2028': 'v'}), format('\u200b', '>3') == '  \u200b')
print([unicodedata.name(c, '?') for c in '\u200b\u2028\xad\ufeff'])
print(unicodedata.unidata_version, unicodedata.east_asian_width('\U0001f600'), unicodedata.combining('\u0301'), unicodedata.mirrored('('))
print(unicodedata.normalize('NFC', 'e\u0301'), len(unicodedata.normalize('NFD', '\xe9')), unicodedata.normalize('NFKC', '\ufb01') , unicodedata.decimal('\u0663'), unicodedata.numeric('\u00bd'), unicodedata.digit('\u00b2'))
