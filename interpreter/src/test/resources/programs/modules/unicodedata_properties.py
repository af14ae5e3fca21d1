# unicodedata (Unicode 14.0.0, CPython 3.11's): names both ways (algorithmic CJK and Hangul names,
# case-insensitive lookup, characters assigned after 14.0 unknown), the properties, numeric values
# with defaults, decompositions, the four normalization forms, and the errors.
import unicodedata as u

print(u.unidata_version)
for ch in 'aZ5 \u00e9\u0301\u05d0\u0663\u00bd\u2167\u4e00\uac00\ud7a3\u3400\U00020000\U0001f600\ufb01\u2028\u200d\t\x00\ue000\u0e3f\u00a0\u3000\uff21\u2460\U0001d7d8\U0001fae8\u0378':
    print(hex(ord(ch)), u.name(ch, None), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)), u.decimal(ch, None), u.digit(ch, None),
          u.numeric(ch, None))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter E With Acute', 'CJK UNIFIED IDEOGRAPH-4E00',
             'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'GRINNING FACE', b'SNOWMAN', 'CJK UNIFIED IDEOGRAPH-4e00',
             'CJK UNIFIED IDEOGRAPH-4DC0', 'HANGUL SYLLABLE XYZ', 'NO SUCH THING', 'MELTING FACE', 'x' * 300, '',
             'NULL', 'VARIATION SELECTOR-17', 'CJK COMPATIBILITY IDEOGRAPH-F900']:
    try:
        print(repr(name)[:40], ascii(u.lookup(name)))
    except KeyError as e:
        print(repr(name)[:40], 'KeyError', e)

text = 'Åström ﬁ ① ｶﾞ é café \u1e9b\u0323 한국어'
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    out = u.normalize(form, text)
    print(form, ascii(out), len(out), u.is_normalized(form, text), u.is_normalized(form, out))
print(u.normalize('NFC', ''), u.normalize('NFD', 'abc'), u.normalize('NFC', 'e\u0301') == '\u00e9')

calls = [lambda: u.name('ab'), lambda: u.name(5), lambda: u.name('\x00'), lambda: u.name(), lambda: u.category(''),
         lambda: u.category('ab'), lambda: u.lookup(5), lambda: u.numeric('a'), lambda: u.decimal('a'),
         lambda: u.digit('a'), lambda: u.decimal('\u00b2'), lambda: u.digit('\u00bd'), lambda: u.numeric('x', -1),
         lambda: u.normalize('NFX', 'a'), lambda: u.normalize('NFC', 5), lambda: u.normalize(5, 'a'),
         lambda: u.is_normalized('nfc', 'a'), lambda: u.mirrored(7), lambda: u.decomposition('')]
for call in calls:
    try:
        print(repr(call()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

# a sample of code points across every plane (one in 61) as CPython 3.11 knows them, summarised
import hashlib
h = hashlib.sha256()
counts = {}
for cp in range(0, 0x110000, 61):
    c = chr(cp)
    cat = u.category(c)
    counts[cat] = counts.get(cat, 0) + 1
    h.update(('%x %s %s %s %d %s %d\n' % (cp, u.name(c, ''), cat, u.bidirectional(c), u.combining(c),
                                          u.east_asian_width(c), u.mirrored(c))).encode())
print(sorted(counts.items()))
print(h.hexdigest())
