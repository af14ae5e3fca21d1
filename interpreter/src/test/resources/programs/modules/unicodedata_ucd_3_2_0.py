# unicodedata.ucd_3_2_0, the Unicode 3.2 database that IDNA (RFC 3490) and stringprep must use:
# the UCD object's type and version, characters assigned since 3.2 (unassigned there: category
# 'Cn', no name, an empty decomposition), categories and bidirectional classes that changed,
# normalize/is_normalized under 3.2's rules, lookup and its KeyError, and the idna codec's results
# that depend on it.
import unicodedata as ud

old = ud.ucd_3_2_0
print(type(old).__name__, type(old).__module__, old.unidata_version, ud.unidata_version)
for ch in ['a', '\u0221', '\u0234', '\u20ac', '\u20b9', '\U0001f600', '\u4e2d', '\u9fa6', '\u00b5', '\u1e9e', '\u0560']:
    print(f'U+{ord(ch):04X}', old.category(ch), ud.category(ch), old.bidirectional(ch), ud.bidirectional(ch),
          old.name(ch, '-'), repr(old.decomposition(ch)), old.east_asian_width(ch), old.mirrored(ch),
          old.combining(ch))
for ch in '5\u00bd\u2167':
    print(old.numeric(ch, None), old.digit(ch, None), old.decimal(ch, None))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for s in ['e\u0301', '\ufb01', '\u1e9b\u0323', '\u2126']:
        print(form, repr(s), repr(old.normalize(form, s)), old.is_normalized(form, s))
print(old.lookup('EURO SIGN'), old.name('\u20ac'))
for name in ['INDIAN RUPEE SIGN', 'GRINNING FACE']:
    try:
        print(old.lookup(name))
    except KeyError as e:
        print('KeyError', e)
try:
    old.name('\u20b9')
except ValueError as e:
    print('ValueError', e)
for label in ['bücher', 'müller.example', 'Ｆｕｌｌ.jp']:
    print(label, label.encode('idna'))
print(b'xn--bcher-kva'.decode('idna'))
try:
    ud.UCD()
except TypeError as e:
    print('TypeError', e)
