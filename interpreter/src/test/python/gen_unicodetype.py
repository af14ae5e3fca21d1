"""Writes the table str's character predicates and case mappings read (the runtime's UnicodeCtype):
CPython 3.11's behaviour (Unicode 14.0.0) recorded for every code point, since the JDK knows a later
Unicode and Java's rules (Character.isLetter, String.toUpperCase) are not Python's. Run with
python3 (CPython 3.11) from the repository root:

    python3 interpreter/src/test/python/gen_unicodetype.py

Every fact is what CPython's str answers for the one-character string c:
  flags    isalpha isdecimal isdigit isnumeric isspace isprintable islower isupper, title case (istitle and
           not isupper), identifier start (c.isidentifier()), identifier continue (('a' + c).isidentifier()),
           Cased (c + 'A' title-cases the 'A' to 'a') and Case_Ignorable (a capital sigma next to c
           lower-cases to the final form as if c were not there), and int(c) for a decimal digit;
  mappings c.upper(), c.lower(), c.title(), c.casefold().
The file, unicodetype-14.0.txt beside the runtime's str classes, has three kinds of line:
  F name ...         the flag names, bit 0 first (the decimal value sits in bits 16..19)
  T flags up low title fold
                     a distinct record (numbered from 0 in file order): flags in hexadecimal, then each
                     mapping as a signed decimal delta from the code point when it is one code point, or
                     '=' and the hexadecimal code points joined by ',' when it is several
  R token ...        the record of every code point from 0 up, in order: 'n' for one code point with
                     record n, 'n*k' for k (hexadecimal) consecutive code points with record n
"""

import os
import sys

OUT = os.path.join('runtime', 'src', 'main', 'resources', 'dev', 'pyheap', 'runtime', 'objects',
                   'unicodetype-14.0.txt')
FLAGS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'PRINTABLE', 'LOWER', 'UPPER', 'TITLE', 'ID_START',
         'ID_CONTINUE', 'CASED', 'CASE_IGNORABLE']


def flags(c):
    cased = (c + 'A').title()[-1] == 'a'
    if cased:
        # ' ' c sigma: the sigma is final when the character before it (case-ignorable ones skipped) is cased
        ignorable = (' ' + c + '\u03a3').lower()[-1] != '\u03c2'
    else:
        # 'A' sigma c 'A': not final when a cased character follows (case-ignorable ones skipped)
        ignorable = ('A\u03a3' + c + 'A').lower()[1] == '\u03c3'
    bits = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(), c.islower(),
            c.isupper(), c.istitle() and not c.isupper(), c.isidentifier(), ('a' + c).isidentifier(), cased,
            ignorable]
    value = sum(1 << i for i, b in enumerate(bits) if b)
    if c.isdecimal():
        value |= int(c) << 16
    return value


def mapping(c, m):
    if len(m) == 1:
        return str(ord(m) - ord(c))
    return '=' + ','.join('%x' % ord(x) for x in m)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with CPython 3.11 (Unicode 14.0.0)')
    records = {}
    runs = []
    for cp in range(0x110000):
        c = chr(cp)
        record = '%x %s %s %s %s' % (flags(c), mapping(c, c.upper()), mapping(c, c.lower()), mapping(c, c.title()),
                                     mapping(c, c.casefold()))
        n = records.setdefault(record, len(records))
        if runs and runs[-1][0] == n:
            runs[-1][1] += 1
        else:
            runs.append([n, 1])
    lines = ['# str\'s Unicode %s behaviour (CPython 3.11), written by interpreter/src/test/python/gen_unicodetype.py'
             % '14.0.0', 'F ' + ' '.join(FLAGS)]
    lines += ['T ' + r for r in records]
    tokens = [str(n) if k == 1 else '%d*%x' % (n, k) for n, k in runs]
    for i in range(0, len(tokens), 16):
        lines.append('R ' + ' '.join(tokens[i:i + 16]))
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print(OUT, len(records), 'records', len(runs), 'runs', os.path.getsize(OUT), 'bytes')


if __name__ == '__main__':
    main()
