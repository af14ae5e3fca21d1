#!/usr/bin/env python3
"""Records the code objects CPython 3.11 compiles, for the bytecode compiler's tests.

Run by a developer (not by the build) from the repository root:

    PYTHONHASHSEED=0 python3 interpreter/src/test/python/record_code.py

Sources, each compiled with ``compile(src, FILENAME, 'exec')``:

- every case of ``src/test/resources/code/*.cases`` (filename ``prog.py``; a case named
  ``eval: ...`` or ``single: ...`` is compiled in that mode, one named ``O1: ...`` or ``O2: ...``
  with that optimization level, as ``python3 -O``/``-OO``), written to ``code/<file>.expected``;
- every case of the AST corpus ``src/test/resources/corpus/*.cases`` (``prog.py``), written to
  ``code/corpus-<file>.expected``;
- every program ``src/test/resources/programs/**/*.py`` (its own file name), written to
  ``code/programs.expected`` with the program's path as the case name.

For each case, every code object (the module's, then each nested one depth first in co_consts
order) is one block of ``field=value`` lines: counts, flags, names, ``co_code``,
``co_exceptiontable`` and ``co_linetable`` in hex, ``co_consts`` as a repr in which a code object
shows as ``code:<qualname>`` and a frozenset's items are sorted (their order depends on hashing),
the "locals plus" names with their kinds (CO_FAST_LOCAL 0x20, CELL 0x40, FREE 0x80), and the
``dis.dis(code, depth=0)`` text (addresses replaced by ``0x?``). A source CPython refuses gives
one line ``error <class>: <msg>``.
"""
import dis
import io
import os
import re
import sys
import types
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from record_parser_cases import read_cases  # noqa: E402

if sys.version_info[:2] != (3, 11):
    sys.exit("record with CPython 3.11 (this is %s)" % sys.version.split()[0])

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources')


def crepr(v):
    if isinstance(v, types.CodeType):
        return 'code:' + v.co_qualname
    if type(v) is tuple:
        items = [crepr(x) for x in v]
        return '(' + ', '.join(items) + (',' if len(items) == 1 else '') + ')'
    if type(v) is frozenset:
        if not v:
            return 'frozenset()'
        return 'frozenset({' + ', '.join(sorted(crepr(x) for x in v)) + '})'
    return repr(v)


def localsplus(co):
    nplain = len([c for c in co.co_cellvars if c not in co.co_varnames])
    n = co.co_nlocals + nplain + len(co.co_freevars)
    out = []
    for i in range(n):
        name = co._varname_from_oparg(i)
        if i < co.co_nlocals:
            kind = 0x20 | (0x40 if name in co.co_cellvars else 0)
        elif i < co.co_nlocals + nplain:
            kind = 0x40
        else:
            kind = 0x80
        out.append('%s:%02x' % (name, kind))
    return '[' + ', '.join(out) + ']'


ADDRESS = re.compile(r' at 0x[0-9a-f]+')


def describe(co, out):
    out.append('code ' + co.co_qualname)
    for field in ('co_name', 'co_qualname', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
                  'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'):
        out.append('%s=%s' % (field, getattr(co, field)))
    out.append('co_code=' + co.co_code.hex())
    out.append('co_consts=' + crepr(co.co_consts))
    for field in ('co_names', 'co_varnames', 'co_cellvars', 'co_freevars'):
        out.append('%s=%s' % (field, crepr(getattr(co, field))))
    out.append('co_localsplus=' + localsplus(co))
    out.append('co_exceptiontable=' + co.co_exceptiontable.hex())
    out.append('co_linetable=' + co.co_linetable.hex())
    buf = io.StringIO()
    dis.dis(co, file=buf, depth=0)
    for line in buf.getvalue().splitlines():
        out.append('| ' + ADDRESS.sub(' at 0x?', line))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            describe(c, out)


def mode_of(name):
    """(mode, optimize) of a case, by the prefix of its name."""
    prefix = name.split(':', 1)[0]
    if prefix in ('eval', 'single'):
        return prefix, 0
    if prefix in ('O1', 'O2'):
        return 'exec', int(prefix[1])
    return 'exec', 0


def record(src, filename, mode='exec', optimize=0):
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            co = compile(src, filename, mode, optimize=optimize)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            return ['error %s: %s' % (type(e).__name__, getattr(e, 'msg', str(e)))]
    describe(co, out)
    return out


def write(path, blocks):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(blocks))


def main():
    code_dir = os.path.join(ROOT, 'code')
    for fname in sorted(os.listdir(code_dir)):
        if fname.endswith('.cases'):
            blocks = ['### %s\n%s' % (n, ''.join(l + '\n' for l in record(s, 'prog.py', *mode_of(n))))
                      for n, s in read_cases(os.path.join(code_dir, fname))]
            write(os.path.join(code_dir, fname[:-len('.cases')] + '.expected'), blocks)
            print('code/%s: %d cases' % (fname, len(blocks)))
    corpus = os.path.join(ROOT, 'corpus')
    for fname in sorted(os.listdir(corpus)):
        if fname.endswith('.cases'):
            blocks = ['### %s\n%s' % (n, ''.join(l + '\n' for l in record(s, 'prog.py')))
                      for n, s in read_cases(os.path.join(corpus, fname))]
            write(os.path.join(code_dir, 'corpus-' + fname[:-len('.cases')] + '.expected'), blocks)
            print('code/corpus-%s: %d cases' % (fname, len(blocks)))
    programs = os.path.join(ROOT, 'programs')
    blocks = []
    for root, dirs, files in os.walk(programs):
        dirs.sort()
        for f in sorted(files):
            if f.endswith('.py'):
                path = os.path.join(root, f)
                rel = os.path.relpath(path, programs).replace(os.sep, '/')
                with open(path, 'rb') as fh:
                    src = fh.read()
                blocks.append('### %s\n%s' % (rel, ''.join(l + '\n' for l in record(src, f))))
    write(os.path.join(code_dir, 'programs.expected'), blocks)
    print('code/programs.expected: %d programs' % len(blocks))


if __name__ == '__main__':
    main()
