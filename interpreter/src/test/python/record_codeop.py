#!/usr/bin/env python3
"""Records what CPython 3.11's codeop says of the interactive inputs in
src/test/resources/interactive/codeop.cases, for CodeopTest.

Run by a developer (not by the build) from the repository root:

    python3 interpreter/src/test/python/record_codeop.py

Each line of the cases file is one input, written with two escapes: backslash-n for a newline and
two backslashes for a backslash (lines starting with # are comments). Each line of codeop.expected is
the case's line, a tab, and ``codeop.compile_command(source, '<stdin>', 'single')``'s verdict:
``complete``, ``incomplete``, or ``error <class>: <msg>``.
"""
import codeop
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("record with CPython 3.11 (this is %s)" % sys.version.split()[0])

FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'interactive')


def unescape(line):
    out, i = [], 0
    while i < len(line):
        if line[i] == '\\' and i + 1 < len(line) and line[i + 1] in 'n\\':
            out.append('\n' if line[i + 1] == 'n' else '\\')
            i += 2
        else:
            out.append(line[i])
            i += 1
    return ''.join(out)


def verdict(source):
    try:
        return 'incomplete' if codeop.compile_command(source, '<stdin>', 'single') is None else 'complete'
    except SyntaxError as e:
        return 'error %s: %s' % (type(e).__name__, e.msg)


def main():
    with open(os.path.join(FOLDER, 'codeop.cases'), encoding='utf-8') as f:
        cases = [l.rstrip('\n') for l in f if not l.startswith('#')]
    with open(os.path.join(FOLDER, 'codeop.expected'), 'w', encoding='utf-8') as f:
        for case in cases:
            f.write(case + '\t' + verdict(unescape(case)) + '\n')


main()
