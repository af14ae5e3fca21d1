"""Writes the library's _ucd_3_2_0.py: what Unicode 3.2.0, as CPython 3.11's
unicodedata.ucd_3_2_0 gives it, says differently from the Unicode 14.0 of unicodedata, for
stringprep and the idna codec (RFC 3454 is bound to 3.2). Run with python3 (CPython 3.11) from
the repository root:

    python3 interpreter/src/test/python/gen_ucd_3_2_0.py

The module holds, as flat tuples of half-open ranges (start, end, start, end, ...):
  ASSIGNED        the code points 3.2 assigns (its category is not 'Cn')
  CATEGORY        per category, the assigned code points whose 3.2 category differs from 14.0's
  BIDIRECTIONAL   per bidirectional class, the same for the bidirectional class
and NORMALIZATION: the compatibility ideographs whose (singleton) decomposition 3.2 gives
differently (the corrections 14.0 applies), code point to code point; MIRRORED, EAST_ASIAN_WIDTH
and DECIMAL: the assigned code points whose mirrored flag, East Asian width or decimal value
(None: none) 3.2 gives differently, code point to value (combining classes, decompositions,
digit and numeric values are 14.0's for every character 3.2 assigns, checked here); B3_EXCEPTIONS: RFC 3454's
table B.3 (case folding) where it differs from str.lower, as CPython's stringprep has it. Every other assigned
character normalizes in 3.2 as in 14.0; this is checked here for each character and form."""

import os
import stringprep
import sys
import unicodedata

OUT = os.path.join('interpreter', 'src', 'main', 'resources', 'dev', 'pyheap', 'interpreter', 'lib',
                   '_ucd_3_2_0.py')
FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def ranges(points):
    """The sorted code points as a flat tuple of half-open ranges."""
    flat = []
    for p in sorted(points):
        if flat and flat[-1] == p:
            flat[-1] = p + 1
        else:
            flat += [p, p + 1]
    return flat


def by_value(diffs):
    groups = {}
    for p, v in diffs.items():
        groups.setdefault(v, []).append(p)
    return {v: ranges(ps) for v, ps in sorted(groups.items())}


def write_ranges(out, flat, indent):
    line = indent
    for i in range(0, len(flat), 2):
        item = '0x%X, 0x%X, ' % (flat[i], flat[i + 1])
        if len(line) + len(item) > 100:
            out.append(line.rstrip())
            line = indent
        line += item
    if line.strip():
        out.append(line.rstrip())


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with CPython 3.11')
    old = unicodedata.ucd_3_2_0
    assigned, category, bidirectional, normalization = [], {}, {}, {}
    mirrored, east_asian_width, decimal = {}, {}, {}
    for p in range(0x110000):
        c = chr(p)
        if old.category(c) == 'Cn':
            continue
        assigned.append(p)
        if old.category(c) != unicodedata.category(c):
            category[p] = old.category(c)
        if old.bidirectional(c) != unicodedata.bidirectional(c):
            bidirectional[p] = old.bidirectional(c)
        if old.mirrored(c) != unicodedata.mirrored(c):
            mirrored[p] = old.mirrored(c)
        if old.east_asian_width(c) != unicodedata.east_asian_width(c):
            east_asian_width[p] = old.east_asian_width(c)
        if old.decimal(c, None) != unicodedata.decimal(c, None):
            decimal[p] = old.decimal(c, None)
        assert old.digit(c, None) == unicodedata.digit(c, None), hex(p)
        assert old.numeric(c, None) == unicodedata.numeric(c, None), hex(p)
        assert old.decomposition(c) == unicodedata.decomposition(c), hex(p)
        if 0xD800 <= p < 0xE000:
            continue
        decomposed = old.normalize('NFD', c)
        if decomposed != unicodedata.normalize('NFD', c):
            assert len(decomposed) == 1, hex(p)
            normalization[p] = ord(decomposed)
            continue
        for form in FORMS:
            assert old.normalize(form, c) == unicodedata.normalize(form, c), (hex(p), form)
        assert old.combining(c) == unicodedata.combining(c), hex(p)
    out = ['"""Unicode 3.2.0 where it differs from unicodedata\'s 14.0 (CPython\'s unicodedata.ucd_3_2_0):',
           'the code points 3.2 assigns, their categories and bidirectional classes that changed since, and',
           'the ideographs whose decomposition was corrected, the mirrored flags, East Asian widths and',
           'decimal values that changed. Ranges are flat tuples of half-open ranges.',
           'Written by interpreter/src/test/python/gen_ucd_3_2_0.py from CPython 3.11."""', '',
           'ASSIGNED = (']
    write_ranges(out, ranges(assigned), '    ')
    out.append(')')
    for name, diffs in (('CATEGORY', category), ('BIDIRECTIONAL', bidirectional)):
        out += ['', '%s = {' % name]
        for value, flat in by_value(diffs).items():
            out.append('    %r: (' % value)
            write_ranges(out, flat, '        ')
            out.append('    ),')
        out.append('}')
    out += ['', 'NORMALIZATION = {']
    for p, q in sorted(normalization.items()):
        out.append('    0x%X: 0x%X,' % (p, q))
    out.append('}')
    for name, diffs in (('MIRRORED', mirrored), ('EAST_ASIAN_WIDTH', east_asian_width), ('DECIMAL', decimal)):
        out += ['', '%s = {' % name]
        for p, v in sorted(diffs.items()):
            out.append('    0x%X: %r,' % (p, v))
        out.append('}')
    out += ['', 'B3_EXCEPTIONS = {']
    for p, text in sorted(stringprep.b3_exceptions.items()):
        if text == chr(p).lower():
            continue
        out.append('    0x%X: %s,' % (p, ascii(text)))
    out.append('}')
    with open(OUT, 'w', encoding='ascii') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
