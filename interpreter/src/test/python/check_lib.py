#!/usr/bin/env python3
"""Checks the interpreter's Python library (the modules shipped in the jar, written in Python) under
CPython 3.11, against CPython's own modules.

Run by a developer with python3 (3.11), from anywhere; the build does not run it:

    python3 interpreter/src/test/python/check_lib.py [--record] [CASES ...]

Each program lib_cases/NAME_cases.py prints the results of many small cases (see casekit.py). It
is run three ways, each in a fresh `python3 -I -S` process:

  cpython    with CPython's own modules: the expected output. It must equal the committed record
             interpreter/src/test/resources/lib-tests/NAME_cases.out (--record rewrites the
             records), so a change of CPython or of a case shows up.
  ours       with our library first on sys.path (every module of CPython that our library also
             has is dropped from sys.modules first), over CPython's C modules (_random, _thread,
             _weakref, _collections, math, time, ...), which stand for the Java ones.
  ours-pure  as `ours`, with the modules of lib_cases/stubs/ found first (even before CPython's
             built-in modules): each stands for a Java-side module and offers exactly the names
             the library's README asks of it (taken from CPython's module of that name), or is
             a Python reference for it (stubs/_random.py, the Mersenne Twister). So this mode
             checks that the README's list of Java-side names is enough, and the references.

The output of `ours` and `ours-pure` must equal the expected output case by case; the pass counts
are printed per program and mode, with the first differing lines of each failed case.

Then the differential programs of resources/programs that import one of our modules are run the
way record_programs.py records them (in their folder, with site), with our library, in both
modes, and must give their recorded stdout, stderr and exit code (--no-programs skips this).
Exit status 1 when any case or program fails or a record is stale.
"""
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree (record_programs is imported)

import argparse
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'lib_cases')
STUBS = os.path.join(CASES, 'stubs')
MODULE = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
LIB = os.path.join(MODULE, 'src', 'main', 'resources', 'dev', 'pyheap', 'interpreter', 'lib')
RECORDS = os.path.join(MODULE, 'src', 'test', 'resources', 'lib-tests')
PROGRAMS = os.path.join(MODULE, 'src', 'test', 'resources', 'programs')
MODES = ('cpython', 'ours', 'ours-pure')


def top_level_names(folder):
    names = set()
    for entry in os.listdir(folder):
        path = os.path.join(folder, entry)
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isdir(path) and os.path.exists(os.path.join(path, '__init__.py')):
            names.add(entry)
    return names


class FirstFinder:
    """Finds our modules before anything else, even where CPython has a built-in or frozen
    module of that name (abc, _collections_abc, _thread, _weakref, _collections)."""

    def __init__(self, folders):
        self.folders = folders
        self.names = set()
        for folder in folders:
            self.names |= top_level_names(folder)

    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] not in self.names:
            return None
        import importlib.machinery
        return importlib.machinery.PathFinder.find_spec(name, path if path is not None else self.folders)


def boot(mode, program, args=()):
    """Runs PROGRAM as __main__ in this process, with the library of MODE (argv: PROGRAM as
    given, then ARGS)."""
    path = os.path.abspath(program)
    folders = []
    if mode == 'ours-pure':
        folders.append(STUBS)
    if mode in ('ours', 'ours-pure'):
        folders.append(LIB)
    shadowed = set()
    for folder in folders:
        shadowed |= top_level_names(folder)
    if mode == 'ours-pure':
        # a stub reaches the module it stands in for as _cpython_NAME
        stubs = top_level_names(STUBS)
        import importlib
        for name in stubs:
            try:
                sys.modules['_cpython_' + name] = importlib.import_module(name)
            except ImportError:
                pass
    import importlib.machinery  # (it imports warnings) before CPython's modules are dropped
    for name in list(sys.modules):
        if name.split('.')[0] in shadowed:
            del sys.modules[name]
    if folders:
        sys.meta_path.insert(0, FirstFinder(folders))
    sys.path[:0] = folders + [os.path.dirname(path)]
    sys.argv = [program] + list(args)
    with open(path, encoding='utf-8') as f:
        source = f.read()
    main = type(sys)('__main__')
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    try:
        try:
            exec(compile(source, path, 'exec'), main.__dict__)
        except SystemExit:
            raise
        except BaseException as e:
            # reported as CPython reports an uncaught exception, without this file's frames
            tb = e.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename == os.path.abspath(__file__):
                tb = tb.tb_next
            e.__traceback__ = tb
            sys.excepthook(type(e), e, tb)
            sys.exit(1)
    finally:
        # every module of ours the program used must have come from our folders
        for name, module in list(sys.modules.items()):
            if name.split('.')[0] in shadowed:
                where = getattr(module, '__file__', None) or ''
                if not any(where.startswith(folder + os.sep) for folder in folders):
                    sys.stderr.write('check_lib: %s was loaded from %s, not from our library\n' % (name, where))


STDLIB = os.path.dirname(os.__file__)
LIBRARY_WARNING = re.compile(r'^(?:%s|%s)/([\w/]+\.py):\d+: (.*\n(?:(?!  ).*\n)*?)  .*\n' % (
    re.escape(STDLIB), re.escape(LIB)), re.M)


LIBRARY_FRAME = re.compile(r'^  File "(?:%s|%s)/([\w/]+\.py)", line \d+, in (.*)\n(?:    .*\n)*' % (
    re.escape(STDLIB), re.escape(LIB)), re.M)


def normalise(text):
    """Paths of the cases folder are dropped. Where a line of a library module (CPython's or
    ours: their paths, line numbers and source differ by nature) is shown, only the module's
    name is kept: a warning attributed to it becomes `<lib>/random.py: UserWarning: ...`, a
    traceback entry `File "<lib>/threading.py", in _bootstrap_inner` (without its source)."""
    text = LIBRARY_WARNING.sub(lambda m: '<lib>/%s: %s' % (m.group(1), m.group(2)), text)
    text = LIBRARY_FRAME.sub(lambda m: '  File "<lib>/%s", in %s\n' % (m.group(1), m.group(2)), text)
    return text.replace(CASES + os.sep, '')


def run(mode, program, timeout):
    env = {'PATH': os.environ.get('PATH', ''), 'PYTHONHASHSEED': '0', 'LC_ALL': 'C.UTF-8',
           'PYTHONDONTWRITEBYTECODE': '1'}
    proc = subprocess.run([sys.executable, '-B', '-I', '-S', os.path.abspath(__file__), '--boot', mode, program],
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, env=env)
    out = proc.stdout.decode('utf-8', 'surrogateescape')
    err = proc.stderr.decode('utf-8', 'surrogateescape')
    # file names in warnings and tracebacks are absolute: recorded relative to the cases folder
    out = normalise(out)
    err = normalise(err)
    if proc.returncode != 0 or err:
        out += '== (process)\nexit %d\n%s' % (proc.returncode, err)
    return out


# Differences we know of and accept, each with its reason; they are printed, not counted as
# failures, and one that no longer differs is reported (the entry must then go).
KNOWN_DIFFERENCES = {
    ('sizes/collections_sizes.py', 'ours-pure'):
        'without _collections.OrderedDict (the stubs have only what is required), OrderedDict is '
        'the Python fallback, a dict subclass: sys.getsizeof differs from the C odict',
}


def programs_using_library():
    """The differential test programs (resources/programs) that import a module of our library."""
    names = top_level_names(LIB)
    found = []
    for root, dirs, files in os.walk(PROGRAMS):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith('.py'):
                continue
            path = os.path.join(root, f)
            with open(path, encoding='utf-8') as fh:
                source = fh.read()
            for line in source.splitlines():
                words = line.split()
                if len(words) >= 2 and words[0] in ('import', 'from') and \
                        words[1].rstrip(',').split('.')[0] in names:
                    found.append(path)
                    break
    return found


def check_program(mode, path, timeout):
    """Runs a differential program as record_programs.py runs it (its folder, its header's args,
    site on), with our library; None when stdout, stderr and exit code are the recorded ones,
    else what differs."""
    import record_programs as rp
    from pathlib import Path
    p = Path(path)
    args = rp.parse_header(p).get('args', '').split()
    proc = subprocess.run([sys.executable, '-B', '-I', os.path.abspath(__file__), '--boot', mode, p.name, *args],
                          cwd=p.parent, env=rp.clean_env(), stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=timeout)
    got = (rp.normalise(proc.stdout, p.parent, False), rp.normalise(proc.stderr, p.parent, True), proc.returncode)
    err_file = p.with_suffix('.err')
    exit_file = p.with_suffix('.exit')
    want = (p.with_suffix('.out').read_bytes(), err_file.read_bytes() if err_file.exists() else b'',
            int(exit_file.read_text()) if exit_file.exists() else 0)
    problems = []
    for what, a, b in zip(('stdout', 'stderr', 'exit code'), want, got):
        if a != b:
            if isinstance(a, bytes):
                la = a.decode('utf-8', 'replace').splitlines()
                lb = b.decode('utf-8', 'replace').splitlines()
                for i in range(max(len(la), len(lb))):
                    x = la[i] if i < len(la) else '<nothing>'
                    y = lb[i] if i < len(lb) else '<nothing>'
                    if x != y:
                        problems.append('%s line %d:\n      expected %r\n      got      %r' % (what, i + 1, x, y))
                        break
            else:
                problems.append('%s: expected %r, got %r' % (what, a, b))
    return problems or None


def sections(text):
    result = {}
    order = []
    name = '(before the first case)'
    lines = []
    for line in text.split('\n'):
        if line.startswith('== '):
            if lines or name not in result:
                result[name] = lines
                order.append(name)
            name = line[3:]
            lines = []
        else:
            lines.append(line)
    result[name] = lines
    order.append(name)
    if result.get('(before the first case)') == []:
        del result['(before the first case)']
        order.remove('(before the first case)')
    return order, result


def compare(expected, got, report_limit=3):
    order, exp = sections(expected)
    _, act = sections(got)
    passed = 0
    lines_total = 0
    lines_same = 0
    failures = []
    for name in order:
        want = exp[name]
        have = act.get(name)
        lines_total += len(want)
        if have is None:
            failures.append((name, 'missing from the output'))
            continue
        same = sum(1 for a, b in zip(want, have) if a == b)
        lines_same += same
        if want == have:
            passed += 1
        else:
            for i in range(max(len(want), len(have))):
                a = want[i] if i < len(want) else '<nothing>'
                b = have[i] if i < len(have) else '<nothing>'
                if a != b:
                    failures.append((name, 'line %d:\n      expected %r\n      got      %r' % (i + 1, a, b)))
                    break
    for name in act:
        if name not in exp:
            failures.append((name, 'not in the expected output'))
    return passed, len(order), lines_same, lines_total, failures


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == '--boot':
        # no argparse here: its garbage would be found by the program's first gc.collect()
        boot(sys.argv[2], sys.argv[3], sys.argv[4:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--no-programs', action='store_true',
                        help='skip the differential programs (resources/programs) that import our modules')
    parser.add_argument('--record', action='store_true', help='rewrite the records of CPython\'s output')
    parser.add_argument('--timeout', type=float, default=600)
    parser.add_argument('cases', nargs='*', help='NAME or NAME_cases.py (default: all)')
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit('run with CPython 3.11 (this is %s)' % sys.version.split()[0])
    programs = sorted(f for f in os.listdir(CASES) if f.endswith('_cases.py'))
    if args.cases:
        wanted = {c if c.endswith('_cases.py') else c + '_cases.py' for c in (os.path.basename(c) for c in args.cases)}
        unknown = wanted - set(programs)
        if unknown:
            sys.exit('no such case programs: %s' % ', '.join(sorted(unknown)))
        programs = [p for p in programs if p in wanted]
    ok = True
    totals = {m: [0, 0, 0, 0] for m in MODES[1:]}
    for program in programs:
        path = os.path.join(CASES, program)
        expected = run('cpython', path, args.timeout)
        record = os.path.join(RECORDS, program[:-3] + '.out')
        if args.record:
            with open(record, 'w', encoding='utf-8', newline='') as f:
                f.write(expected)
        elif not os.path.exists(record):
            print('%s: no record (run with --record)' % program)
            ok = False
        else:
            with open(record, encoding='utf-8', newline='') as f:
                if f.read() != expected:
                    print('%s: the record differs from CPython\'s output now (run with --record)' % program)
                    ok = False
        for mode in MODES[1:]:
            got = run(mode, path, args.timeout)
            passed, total, same, lines, failures = compare(expected, got)
            t = totals[mode]
            t[0] += passed
            t[1] += total
            t[2] += same
            t[3] += lines
            print('%-28s %-9s %4d/%-4d cases  %6d/%-6d lines' % (program, mode, passed, total, same, lines))
            for name, why in failures[:12]:
                print('    FAIL %s: %s' % (name, why))
            if len(failures) > 12:
                print('    ... %d more' % (len(failures) - 12))
            ok = ok and not failures
    for mode, t in totals.items():
        print('%-28s %-9s %4d/%-4d cases  %6d/%-6d lines' % ('TOTAL', mode, t[0], t[1], t[2], t[3]))
    if not args.no_programs and not args.cases:
        programs = programs_using_library()
        for mode in MODES[1:]:
            passed = 0
            known = 0
            for path in programs:
                name = os.path.relpath(path, PROGRAMS)
                problems = check_program(mode, path, args.timeout)
                reason = KNOWN_DIFFERENCES.get((name, mode))
                if problems is None:
                    passed += 1
                    if reason is not None:
                        ok = False
                        print('    STALE known difference %s (%s): it gives the recorded output now' % (name, mode))
                elif reason is not None:
                    known += 1
                    print('    known difference %s (%s): %s\n      (%s)' % (name, mode, reason, problems[0]))
                else:
                    ok = False
                    print('    FAIL %s (%s): %s' % (name, mode, problems[0]))
            print('%-28s %-9s %4d/%-4d programs of resources/programs that import our modules%s' % (
                'PROGRAMS', mode, passed, len(programs), ', %d known difference(s)' % known if known else ''))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
