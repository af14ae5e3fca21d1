#!/usr/bin/env python3
"""Differential probe of str's Unicode behaviour: every code point 0..0x10FFFF through every
character predicate and case mapping (and the contexts that read the hidden Cased and
Case_Ignorable properties, identifier characters, white space and decimal values), in CPython 3.11
and in pyheap, compared block by block. Run from the repository root after building the cli:

    python3 interpreter/src/test/python/unicode_probe.py [--pyheap ./pyheap] [--show N]

It runs itself in both interpreters in `--digest` mode, which prints one CRC-32 per operation and
block of 0x1000 code points; blocks that differ are run again in `--detail` mode, which prints
every code point's result there, and the differences are counted per operation (one difference =
one code point whose result differs). Exit status 1 when any differs. The same file is the
program both interpreters run, so it sticks to what pyheap's library offers (zlib, itertools).
"""

import itertools
import os
import subprocess
import sys
import zlib

BLOCK = 0x1000
TOP = 0x110000


def _add(a, b):
    return a + b


def ops():
    """Each operation maps the string of a range of code points to one result string per code point."""
    rep = itertools.repeat

    def pred(name):
        f = getattr(str, name)
        return lambda s: ['1' if r else '0' for r in map(f, s)]

    def mapping(name):
        return lambda s: list(map(getattr(str, name), s))

    table = {name: pred(name) for name in (
        'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isidentifier',
        'islower', 'isupper', 'istitle')}
    table.update({name: mapping(name) for name in ('upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase')})
    # 'a' + c: c continues an identifier
    table['isidentifier2'] = lambda s: ['1' if r else '0' for r in map(str.isidentifier, map(_add, rep('a'), s))]
    # c + 'A' title-cased: 'A' is lowered after a cased character
    table['cased'] = lambda s: [r[-1] for r in map(str.title, map(_add, s, rep('A')))]
    # sigma before and after c: final or not depends on Case_Ignorable and Cased
    table['sigma1'] = lambda s: [r[-1] for r in map(str.lower, map(_add, map(_add, rep(' '), s), rep('\u03a3')))]
    table['sigma2'] = lambda s: [r[:2] for r in map(str.lower, map(_add, map(_add, rep('A\u03a3'), s), rep('A')))]
    table['istitle2'] = lambda s: ['1' if r else '0' for r in map(str.istitle, map(_add, rep('A'), s))]
    table['isupper2'] = lambda s: ['1' if r else '0' for r in map(str.isupper, map(_add, rep('A'), s))]
    table['islower2'] = lambda s: ['1' if r else '0' for r in map(str.islower, map(_add, rep('a'), s))]
    # white space as split() sees it, and decimal values as int() reads them
    table['split'] = lambda s: [str(r) for r in map(len, map(str.split, map(_add, map(_add, rep('a'), s), rep('b'))))]
    table['int'] = lambda s: [str(int(c)) if c.isdecimal() else '' for c in s]
    return table


def digest(results):
    return zlib.crc32('\x00'.join(results).encode('utf-8', 'surrogatepass'))


def run_digest():
    s = ''.join(map(chr, range(TOP)))
    for name, op in ops().items():
        results = op(s)
        for start in range(0, TOP, BLOCK):
            print(name, '%x' % start, digest(results[start:start + BLOCK]))


def run_detail(pairs):
    table = ops()
    for name, start in pairs:
        results = table[name](''.join(map(chr, range(start, start + BLOCK))))
        for i, r in enumerate(results):
            print(name, '%x' % (start + i), ascii(r))


def parse(text):
    return {(f[0], f[1]): f[2] for f in (line.split(' ', 2) for line in text.splitlines()) if len(f) == 3}


def main():
    args = sys.argv[1:]
    if args[:1] == ['--digest']:
        return run_digest()
    if args[:1] == ['--detail']:
        return run_detail([(a.split(':')[0], int(a.split(':')[1], 16)) for a in args[1:]])
    pyheap = './pyheap'
    show = 5
    while args:
        if args[0] == '--pyheap':
            pyheap = args[1]
            args = args[2:]
        elif args[0] == '--show':
            show = int(args[1])
            args = args[2:]
        else:
            sys.exit(__doc__)
    me = os.path.abspath(__file__)
    env = dict(os.environ, PYHEAP_NO_BUILD='1')

    def both(*extra):
        ours = subprocess.run([pyheap, 'run', me, *extra], capture_output=True, text=True, env=env)
        if ours.returncode:
            sys.exit('pyheap failed:\n' + ours.stderr[-3000:])
        theirs = subprocess.run([sys.executable, me, *extra], capture_output=True, text=True, check=True)
        return parse(theirs.stdout), parse(ours.stdout)

    expected, actual = both('--digest')
    differing = sorted(k for k in expected if actual.get(k) != expected[k])
    counts = {}
    if differing:
        expected, actual = both('--detail', *('%s:%s' % k for k in differing))
        for key in sorted(expected, key=lambda k: (k[0], int(k[1], 16))):
            if actual.get(key) != expected[key]:
                counts.setdefault(key[0], []).append((key[1], expected[key], actual.get(key)))
    total = 0
    for name in ops():
        diffs = counts.get(name, [])
        total += len(diffs)
        blocks = sorted({int(cp, 16) // BLOCK * BLOCK for cp, _, _ in diffs})
        print('%-14s %6d differences%s' % (name, len(diffs), (' in blocks ' + ' '.join('%x' % b for b in blocks[:12])
                                                            + (' ...' if len(blocks) > 12 else '')) if diffs else ''))
        for cp, e, a in diffs[:show]:
            print('    U+%s python3 %s pyheap %s' % (cp.upper(), e, a))
    print('total', total, 'differences')
    sys.exit(1 if total else 0)


if __name__ == '__main__':
    main()
