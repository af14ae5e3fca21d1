"""Writes the Unicode 14.0 facts the interpreter's unicodedata module answers from, taken from
CPython 3.11's own unicodedata (Unicode 14.0.0): the runtime's JDK knows a later Unicode, whose
characters assigned after 14.0 must look unassigned, and the JDK has no public API for combining
classes, East Asian widths, decomposition mappings or fractional numeric values. Run with python3
(CPython 3.11) from the repository root:

    python3 interpreter/src/test/python/gen_unicodedata.py

The file, unicodedata-14.0.txt beside the builtins' classes, has three sections:
  R start count category bidirectional combining east_asian_width mirrored
      runs of consecutive code points (hexadecimal start, count) with the same five properties;
      code points in no run are unassigned (Cn, bidirectional '', 0, 'N', 0)
  D codepoint decomposition           the decomposition mapping, as unicodedata.decomposition gives it
  N codepoint decimal digit numeric   '-' where the character has no such value; numeric as repr(float)
Names are not stored: the JDK's names are those of UnicodeData.txt, which never change once given;
the module asks the JDK for a character this file says is assigned (see UnicodedataModule).
"""

import os
import sys
import unicodedata as u

OUT = os.path.join('interpreter', 'src', 'main', 'resources', 'dev', 'pyheap', 'interpreter', 'builtins',
                   'unicodedata-14.0.txt')


def props(c):
    return (u.category(c), u.bidirectional(c) or '-', u.combining(c), u.east_asian_width(c), u.mirrored(c))


def main():
    if sys.version_info[:2] != (3, 11) or u.unidata_version != '14.0.0':
        sys.exit('run this with CPython 3.11 (Unicode 14.0.0)')
    lines = ['# Unicode %s facts for the unicodedata module, written by interpreter/src/test/python/gen_unicodedata.py'
             % u.unidata_version]
    run_start, run_props = None, None
    for cp in range(0x110001):
        p = props(chr(cp)) if cp <= 0x10FFFF else None
        if p is not None and p[0] == 'Cn' and p[1:] == ('-', 0, 'N', 0):
            p = None
        if p != run_props:
            if run_props is not None:
                lines.append('R %x %x %s' % (run_start, cp - run_start, ' '.join(map(str, run_props))))
            run_start, run_props = cp, p
    for cp in range(0x110000):
        d = u.decomposition(chr(cp))
        if d:
            lines.append('D %x %s' % (cp, d))
    for cp in range(0x110000):
        c = chr(cp)
        values = (u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
        if values != (None, None, None):
            lines.append('N %x %s' % (cp, ' '.join('-' if v is None else repr(v) for v in values)))
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print(OUT, len(lines), 'lines')


if __name__ == '__main__':
    main()
