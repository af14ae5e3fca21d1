#!/usr/bin/env python3
"""Compiles the programs CPython's own tests compile, and compares code objects with CPython's.

Run by a developer (not by the build), after `mvn -B -q verify -pl interpreter -am`, from the
repository root:

    PYTHONHASHSEED=0 python3 interpreter/src/test/python/stdlib_snippets_check.py [STDLIB_TEST_DIR] [-v]

Every str constant of the standard library's test suite (test_compile, test_peepholer, test_dis,
test_patma, test_syntax, test_sys_settrace...) that CPython compiles as a module is checked as
stdlib_code_check.py checks a file: these are the corner cases CPython tests its compiler with.
"""
import ast
import os
import sys
import sysconfig
import textwrap
import warnings

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import stdlib_check  # noqa: E402
import stdlib_code_check  # noqa: E402


def snippets(test_dir):
    seen = set()
    for path, src in stdlib_check.stdlib_files(test_dir):
        try:
            tree = ast.parse(src)
        except (SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 8:
                for candidate in (node.value, textwrap.dedent(node.value)):
                    if candidate not in seen and '\0' not in candidate:
                        seen.add(candidate)
                        yield candidate


def main():
    args = sys.argv[1:]
    test_dir = os.path.join(sysconfig.get_paths()['stdlib'], 'test')
    if args and not args[0].startswith('-'):
        test_dir = args.pop(0)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        stdlib_code_check.check_sources(snippets(test_dir), args)


if __name__ == '__main__':
    main()
