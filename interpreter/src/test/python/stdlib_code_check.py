#!/usr/bin/env python3
"""Compiles every .py file of CPython 3.11's standard library with our compiler and compares code objects.

Run by a developer (not by the build), after `mvn -B -q verify -pl interpreter -am`, from the
repository root:

    PYTHONHASHSEED=0 python3 interpreter/src/test/python/stdlib_code_check.py [STDLIB_DIR]

For each file CPython's answer is computed here with record_code.py's description of every code
object of ``compile(source_bytes, path, 'exec')``: one SHA-256 per field group (co_code, co_consts,
co_exceptiontable, co_linetable, the other fields, the dis text), or the error compile() raises.
Then ``dev.pyheap.interpreter.compiler.StdlibCodeCheck`` (in the test classes) compiles each file,
reports per field how many files agree, lists the files that differ, and times the compilation of
the file nearest 5,000 lines.
"""
import hashlib
import os
import shutil
import sys
import sysconfig
import tempfile
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import record_code  # noqa: E402
import stdlib_check  # noqa: E402

GROUPS = ('co_code', 'co_consts', 'co_exceptiontable', 'co_linetable', 'other', 'dis')


def group(line):
    if line.startswith('| '):
        return 'dis'
    if line.startswith('code '):
        return None
    name = line.split('=', 1)[0]
    return name if name in GROUPS else 'other'


def digests(lines):
    parts = {g: [] for g in GROUPS}
    for line in lines:
        g = group(line)
        if g is not None:
            parts[g].append(line)
    return [hashlib.sha256('\n'.join(parts[g]).encode('utf-8', 'surrogatepass')).hexdigest()[:16] for g in GROUPS]


def check_sources(sources, args):
    """Writes each source that CPython compiles to a temporary folder (removed afterwards) and checks it as main() does."""
    out = tempfile.mkdtemp(prefix='pyheap-code-check-')
    n = 0
    try:
        for src in sources:
            try:
                compile(src, 'x.py', 'exec')
                data = src.encode('utf-8')
            except (SyntaxError, ValueError, UnicodeEncodeError):
                continue
            with open(os.path.join(out, 's%05d.py' % n), 'wb') as f:
                f.write(data)
            n += 1
        print('%d sources in %s' % (n, out))
        sys.argv = [sys.argv[0], out] + list(args)
        main()
    finally:
        shutil.rmtree(out)


def main():
    stdlib = sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()['stdlib']
    rows = []
    for path, src in stdlib_check.stdlib_files(stdlib):
        lines = record_code.record(src, path)
        if len(lines) == 1 and lines[0].startswith('error '):
            rows.append(path + '\t' + lines[0])
        else:
            rows.append(path + '\t' + '\t'.join(digests(lines)))
    manifest = os.path.join(tempfile.gettempdir(), 'pyheap-stdlib-code-manifest.tsv')
    with open(manifest, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('%d files under %s; CPython answers in %s' % (len(rows), stdlib, manifest))
    sys.exit(stdlib_check.run_java('dev.pyheap.interpreter.compiler.StdlibCodeCheck', manifest, *sys.argv[2:]))

if __name__ == '__main__':
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        main()
