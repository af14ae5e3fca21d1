# unicodedata as text-cleaning code uses it: normalize in the four forms (composed/decomposed
# lengths, compatibility folding of ligatures and fullwidth forms), is_normalized, stripping
# accents by combining(), category/bidirectional/east_asian_width/mirrored/decomposition, name and
# lookup with their errors and defaults, numeric/digit/decimal, a column-width function for
# terminal tables, and unidata_version.
import unicodedata as ud

samples = ['café', 'e\u0301', 'ﬁne', 'Ｆｕｌｌ', '①②', 'Å', 'ẛ̣', '한글']
for s in samples:
    forms = {f: ud.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')}
    print(repr(s), {f: (v, len(v)) for f, v in forms.items()}, [ud.is_normalized(f, s) for f in forms])

def strip_accents(text):
    return ''.join(c for c in ud.normalize('NFD', text) if not ud.combining(c))
print(strip_accents('Crème brûlée à la façon de Zoë, Ångström, naïve'))

for ch in 'aZ5 ,\u00e9\u0301\u4e2d\uff21\u2028\u200b\U0001f600\u05d0\u0627(\u00bd\u216b\x00':
    print(f'U+{ord(ch):04X}', ud.category(ch), ud.bidirectional(ch), ud.east_asian_width(ch),
          ud.mirrored(ch), ud.combining(ch), repr(ud.decomposition(ch)), ud.name(ch, '<no name>'))

for name in ['LATIN SMALL LETTER A WITH ACUTE', 'SNOWMAN', 'GREEK SMALL LETTER ALPHA', 'BLACK HEART SUIT',
             'latin capital letter b', 'HANGUL SYLLABLE GA', 'CJK UNIFIED IDEOGRAPH-4E2D']:
    ch = ud.lookup(name)
    print(name, '->', ch, f'U+{ord(ch):04X}', ud.name(ch))
for bad in [lambda: ud.lookup('NO SUCH CHARACTER'), lambda: ud.name('\x00'), lambda: ud.name('ab'),
            lambda: ud.normalize('NFX', 'a'), lambda: ud.numeric('a'), lambda: ud.digit('½'),
            lambda: ud.decimal('Ⅻ'), lambda: ud.category(5)]:
    try:
        print(bad())
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for ch in '7½Ⅻ٣𝟡⁵':
    print(ch, ud.numeric(ch), ud.digit(ch, None), ud.decimal(ch, None))

def width(text):
    return sum(2 if ud.east_asian_width(c) in 'WF' else 0 if ud.combining(c) else 1 for c in text)
rows = [('name', 'city'), ('Zoë', 'Tōkyō'), ('李小龍', '香港'), ('Ｆｕｌｌ', 'e\u0301t\u00e9')]
cols = [max(width(r[i]) for r in rows) for i in range(2)]
for r in rows:
    print(' | '.join(c + ' ' * (cols[i] - width(c)) for i, c in enumerate(r)) + ' |')
print(ud.unidata_version, type(ud.unidata_version).__name__)
print(sorted({ud.category(chr(c)) for c in range(0x250)}))
