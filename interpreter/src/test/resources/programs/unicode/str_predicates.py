# str's character predicates over chosen ranges (Unicode 14.0, CPython 3.11's): which code points
# answer True, as runs, for each predicate; characters assigned after 14.0 must answer as unassigned.
PREDICATES = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isprintable',
              'isidentifier', 'islower', 'isupper', 'istitle', 'isascii']
RANGES = [(0, 0x250), (0x370, 0x400), (0x660, 0x670), (0x890, 0x8a0), (0xb2, 0xbf), (0x1c80, 0x1c90),
          (0x2000, 0x2070), (0x2150, 0x2190), (0x2460, 0x24ff), (0x3000, 0x3010), (0xa7c0, 0xa7e0),
          (0xff10, 0xff40), (0x10d40, 0x10d50), (0x1d400, 0x1d410), (0x1e4d0, 0x1e4fa), (0x1f100, 0x1f110)]


def runs(pred, lo, hi):
    out, start = [], None
    for cp in range(lo, hi + 1):
        ok = cp < hi and pred(chr(cp))
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append('%x' % start if cp - 1 == start else '%x-%x' % (start, cp - 1))
            start = None
    return ' '.join(out) or '-'


for lo, hi in RANGES:
    print('range %x-%x' % (lo, hi - 1))
    for name in PREDICATES:
        print('  %-13s %s' % (name, runs(getattr(str, name), lo, hi)))

# whole strings: the case predicates look at every character
for s in ['ǅungla', 'ǄUNGLA', 'ǆungla', 'Ǆungla', 'ΣΊΣΥΦΟΣ', 'ᾈ', 'ǅ', 'ⅷ', 'Ⅷ', 'ⓐⓑ', 'ＡＢＣ', 'ｱｲｳ',
          'Hello World', 'Hello world', 'ß', 'ǈ ǋ', '١٢٣', '²³', '½', '一二三', '𝟘𝟙', ' \x1c\x85\xa0\u3000', '\u200b']:
    print(ascii(s), s.islower(), s.isupper(), s.istitle(), s.isalpha(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.isprintable(), s.isidentifier())
print(''.isprintable(), ''.isalpha(), ''.isspace(), ''.isidentifier())
