#!/usr/bin/env python3
"""Compiles the code corpus's snippets inside other constructs and compares code objects with CPython's.

Run by a developer (not by the build), after `mvn -B -q verify -pl interpreter -am`, from the
repository root:

    PYTHONHASHSEED=0 python3 interpreter/src/test/python/code_contexts_check.py [-v]

Each snippet of ``code/*.cases`` and of the AST corpus ``corpus/*.cases`` is put inside a function,
a loop, try/finally, with, a class, an async function, a loop with try/except/finally that
continues and returns, a loop with a with, and a match case; the variants CPython compiles are
checked as stdlib_code_check.py checks the standard library file by file (what
break/continue/return unwind, the frame blocks, scopes and line numbers of every construct in
every context).
"""
import os
import sys
import warnings

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from record_parser_cases import read_cases  # noqa: E402
import record_code  # noqa: E402
import stdlib_code_check  # noqa: E402


def indent(s, k=1):
    return ''.join(('    ' * k + line if line.strip() else line) for line in s.splitlines(True))


CONTEXTS = [
    lambda s: 'def f():\n' + indent(s) + '\n',
    lambda s: 'for _ in y:\n' + indent(s) + '\n',
    lambda s: 'try:\n' + indent(s) + '\nfinally:\n    pass\n',
    lambda s: 'with a as b:\n' + indent(s) + '\n',
    lambda s: 'class C:\n' + indent(s) + '\n',
    lambda s: 'async def f():\n' + indent(s) + '\n',
    lambda s: ('def g():\n    while x:\n        try:\n' + indent(s, 3)
               + '\n        except E:\n            continue\n        finally:\n            return 1\n'),
    lambda s: 'def g():\n    for i in z:\n        with a:\n' + indent(s, 3) + '\n',
    lambda s: 'def h(p):\n    match p:\n        case [a, *b] if a:\n' + indent(s, 3) + '\n        case _:\n            pass\n',
]


def main():
    resources = os.path.join(here, '..', 'resources')
    sources = []
    for folder in ('code', 'corpus'):
        d = os.path.join(resources, folder)
        for f in sorted(os.listdir(d)):
            if f.endswith('.cases'):
                sources += [s for n, s in read_cases(os.path.join(d, f))
                            if record_code.mode_of(n) == ('exec', 0) and s.strip()]
    variants = (context(s) for s in sources for context in CONTEXTS)
    stdlib_code_check.check_sources(variants, sys.argv[1:])

if __name__ == '__main__':
    main()
