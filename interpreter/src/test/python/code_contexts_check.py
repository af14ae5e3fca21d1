#!/usr/bin/env python3
"""Compiles the code corpus's snippets inside other constructs and compares code objects with CPython's.

Run by a developer (not by the build), after `mvn -B -q verify -pl interpreter -am`, from the
repository root:

    PYTHONHASHSEED=0 python3 interpreter/src/test/python/code_contexts_check.py [-v]

Each snippet of ``code/*.cases`` and of the AST corpus ``corpus/*.cases`` is put inside a function,
a loop, try/finally, with, a class, an async function, a loop with try/except/finally that
continues and returns, a loop with a with, and a match case; the variants CPython compiles are
written to a temporary folder (removed afterwards), which stdlib_code_check.py then compares file by file (what
break/continue/return unwind, the frame blocks, scopes and line numbers of every construct in
every context).
"""
import os
import shutil
import sys
import tempfile
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
    out = tempfile.mkdtemp(prefix='pyheap-code-contexts-')
    n = 0
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for i, s in enumerate(sources):
            for k, context in enumerate(CONTEXTS):
                variant = context(s)
                try:
                    compile(variant, 'x.py', 'exec')
                except (SyntaxError, ValueError):
                    continue
                with open(os.path.join(out, 'c%05d_%d.py' % (i, k)), 'w', encoding='utf-8') as f:
                    f.write(variant)
                n += 1
    print('%d variants in %s' % (n, out))
    sys.argv = [sys.argv[0], out] + sys.argv[1:]
    try:
        stdlib_code_check.main()
    finally:
        shutil.rmtree(out)


if __name__ == '__main__':
    main()
