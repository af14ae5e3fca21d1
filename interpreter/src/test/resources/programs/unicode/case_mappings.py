# str's full case mappings (Unicode 14.0, CPython 3.11's SpecialCasing and CaseFolding), final
# sigma, title case letters, and the mappings of whole ranges as digests.
import zlib

WORDS = ['straße', 'ŉ', 'ǰ', 'ΐ', 'ﬁnance', 'ﬀ', 'ﬃ', 'ᾳ', 'ᾼ', 'ǆemal', 'ǅemal', 'ǄEMAL', 'İstanbul', 'ı',
         'ẞ', 'ſ', 'K', 'Å', 'µ', 'ΌΣΟΣ ΣΟΦΟΣ', 'Σ', 'aΣ', 'aΣb', "a'Σ", 'a.Σ.', 'Σ.a', 'ᏸᏹ', 'ꭰꭱ', 'ꞵ',
         'hello wORLD', "they're bill's", '3rd ½ nd', 'ǉ ǈ Ǉ', 'ꟊ', 'ɤ', 'Ᲊᲊ', 'Ꟊ', 'ꟍ']
for w in WORDS:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.casefold()), ascii(w.title()),
          ascii(w.capitalize()), ascii(w.swapcase()))

print(len('ß'.upper()), len('ﬃ'.upper()), len('İ'.lower()), 'ß'.upper().lower(), 'ß'.casefold() == 'SS'.casefold())
print('ΣΑΣ'.lower(), 'ΣΑΣ a'.lower(), 'ΣΑΣ'.swapcase(), 'σας'.title(), 'ΣΑΣ'.capitalize(), 'ΣΑΣ'.casefold())

# every code point of some ranges, one digest per method
for lo, hi in [(0, 0x250), (0x250, 0x530), (0x1e00, 0x2000), (0x2c00, 0x2d30), (0xa640, 0xa800),
               (0xfb00, 0xfb20), (0x10400, 0x10500), (0x1e900, 0x1e960), (0x13a0, 0x1400), (0x1c80, 0x1cc0)]:
    s = ''.join(map(chr, range(lo, hi)))
    print('%x-%x' % (lo, hi - 1), end='')
    for name in ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase']:
        r = getattr(s, name)()
        print(' %s:%d:%08x' % (name, len(r), zlib.crc32(r.encode('utf-8'))), end='')
    print()

changed = [cp for cp in range(0x250) if chr(cp).upper() != chr(cp) and len(chr(cp).upper()) > 1]
print('multi-character upper in 0-24f:', ' '.join('%x' % cp for cp in changed))
