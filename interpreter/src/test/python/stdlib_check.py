#!/usr/bin/env python3
"""Parses every .py file of CPython 3.11's standard library with our parser and compares.

Run by a developer (not by the build; the standard library is not part of the repository), after
`mvn -B -q verify -pl interpreter -am`, from the repository root:

    python3 interpreter/src/test/python/stdlib_check.py [STDLIB_DIR]

For each file CPython's answer is computed here: the SHA-256 of the UTF-16 of
``ast.dump(ast.parse(source_bytes), include_attributes=True)``, or the SyntaxError it raises
(some test data files are Python 2). Then ``dev.pyheap.interpreter.StdlibCheck`` (in the test
classes) parses each file, compares, reports the files that differ and times the largest file.
"""
import ast
import hashlib
import os
import subprocess
import sys
import sysconfig
import tempfile

if sys.version_info[:2] != (3, 11):
    sys.exit("run with CPython 3.11 (this is %s)" % sys.version.split()[0])


def stdlib_files(stdlib):
    """(path, source bytes) of every .py file under stdlib, in a stable order."""
    for root, dirs, files in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d not in ('site-packages', 'dist-packages', '__pycache__'))
        for f in sorted(files):
            if f.endswith('.py'):
                path = os.path.join(root, f)
                with open(path, 'rb') as fh:
                    yield path, fh.read()


def run_java(main_class, *args):
    """Runs a main class of the module's compiled classes and tests (JDK 25 from JAVA_HOME); its exit code."""
    here = os.path.dirname(os.path.abspath(__file__))
    module = os.path.normpath(os.path.join(here, '..', '..', '..'))
    java_home = os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64')
    java = os.path.join(java_home, 'bin', 'java')
    cp = os.pathsep.join([os.path.join(module, 'target', 'classes'), os.path.join(module, 'target', 'test-classes')])
    return subprocess.call([java, '-Xss64m', '-cp', cp, main_class] + list(args))


def main():
    stdlib = sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()['stdlib']
    rows = []
    for path, src in stdlib_files(stdlib):
        try:
            expected = hashlib.sha256(
                ast.dump(ast.parse(src), include_attributes=True).encode('utf-16-le', 'surrogatepass')).hexdigest()
        except SyntaxError as e:
            expected = 'error %s: %s (%s, %s, %s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                                          e.end_lineno, e.end_offset)
        except (ValueError, RecursionError, MemoryError) as e:
            expected = 'other %s' % type(e).__name__
        rows.append(path + '\t' + expected)

    manifest = os.path.join(tempfile.gettempdir(), 'pyheap-stdlib-manifest.tsv')
    with open(manifest, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('%d files under %s; CPython answers in %s' % (len(rows), stdlib, manifest))

    sys.exit(run_java('dev.pyheap.interpreter.StdlibCheck', manifest))


if __name__ == '__main__':
    main()
