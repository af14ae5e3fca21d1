#!/usr/bin/env python3
"""Record (or check) the expected CPython 3.11 output of the differential test programs.

Usage:
  python3 record_programs.py [--check] [--python PYTHON] [--runs N] [--timeout SECONDS] [PROGRAM_OR_FOLDER ...]

Every program NAME.py under interpreter/src/test/resources/programs/ (or the files/folders given)
is run N times (default 3) as `PYTHON NAME.py [ARGS]` in its own folder, so a traceback names
`File "NAME.py"`, with a clean environment: no PYTHON* variables from the caller except
PYTHONHASHSEED=0 and PYTHONDONTWRITEBYTECODE=1 (so no PYTHONMALLOC, PYTHONTRACEMALLOC, ...),
LC_ALL=C.UTF-8, PYTHONPATH only for a program whose header says `# requires: objgraph` (a
temporary folder holding nothing but the named third-party modules, copied from where the system
package installs them: `apt-get install -y python3-objgraph`), stdin from NAME.in when the program has one (a hand-written input file), else
from /dev/null. The runs must agree byte for byte; a program whose output
changes from run to run is an error naming it. Then:

  NAME.out   the program's stdout (always written, possibly empty)
  NAME.err   its stderr, only when non-empty
  NAME.exit  its exit code, only when non-zero

Nothing else is touched: the hand-written per-collector files (NAME.refcount.out, ...) belong to
their authors. A file whose content is already current is not rewritten, so recording twice
changes nothing. With --check nothing is written: the committed files are compared with a fresh
recording, and every stale, missing or superfluous file is listed (exit 1).

The header of every program (see the README next to the programs) is validated in both modes:
unknown keys, unknown collectors and missing per-collector files are errors.

Three normalisations, documented in the README (a runner must apply them to pyheap's output too):
1. CPython 3.11 names the main script by its absolute path (co_filename, __file__, tracebacks,
   warnings, tracemalloc frames), so the program's folder followed by a slash is removed from
   stdout and stderr: `File "/.../gc/NAME.py"` is recorded as `File "NAME.py"`.
2. In stderr, an address in a repr, `0x` and hex digits right before `>` or `;`
   (`<function A.__del__ at 0x7f...>`, `<list 0x7f...>`), becomes `0x...`: CPython's
   unraisable-exception report ("Exception ignored in: ...") and the gc debug output print such
   reprs, and addresses change from run to run. Programs never print addresses to stdout.
3. In stderr, a traceback entry in a standard library module (a thread's `_bootstrap_inner` and
   `run` above the target's frame) keeps its module and function, without line number and source:
   `File "<stdlib>/threading.py", in run`. The interpreter's library is its own code.
"""
import argparse
import os
import re
import subprocess
import sys
import sysconfig
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE.parent / "resources" / "programs"
COLLECTORS = ("generational", "marksweep", "refcount")
HEADER_KEYS = {"collectors", "args", "pyheap", "requires", "memory"} | set(COLLECTORS)
# Third-party pure-Python modules a program may import (`# requires: NAME...`): where the reference
# copy lives and how to install it. Only the named files are made visible to the recording python.
THIRD_PARTY = {
    "objgraph": (Path("/usr/lib/python3/dist-packages/objgraph.py"), "apt-get install -y python3-objgraph"),
}
HEADER_LINE = re.compile(r"#\s*([a-z]+):\s*(.*?)\s*$")
ADDRESS_IN_REPR = re.compile(r"0x[0-9a-f]+(?=[>;])")
STDLIB = sysconfig.get_paths()["stdlib"]
LIBRARY_FRAME = re.compile(r'^  File "' + re.escape(STDLIB) + r'/([^"]+)", line \d+, in (.*)\n(?:    .*\n)*', re.M)
FROZEN_FRAME = re.compile(r'^  File "<frozen ([^">]+)>", line \d+, in (.*)\n(?:    .*\n)*', re.M)


class ProgramError(Exception):
    pass


def normalise(data, folder, is_stderr):
    text = data.decode("utf-8", "surrogateescape").replace(str(folder) + os.sep, "")
    if is_stderr:
        text = ADDRESS_IN_REPR.sub("0x...", text)
        text = LIBRARY_FRAME.sub(r'  File "<stdlib>/\1", in \2\n', text)
        text = FROZEN_FRAME.sub(r'  File "<frozen \1>", in \2\n', text)
    return text.encode("utf-8", "surrogateescape")


def parse_header(path):
    """The leading comment lines of a program: `# key: value` lines with a known key are the header."""
    header = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = HEADER_LINE.match(stripped)
        if m and m.group(1) in HEADER_KEYS:
            if m.group(1) in header:
                raise ProgramError(f"{path}: header key '{m.group(1)}' given twice")
            header[m.group(1)] = m.group(2)
    return header


def check_header(path, header):
    """Validate a program's header: known collectors, well-formed `expect` lines, named files exist."""
    collectors = header.get("collectors", "all").split()
    if collectors != ["all"]:
        for c in collectors:
            if c not in COLLECTORS:
                raise ProgramError(f"{path}: unknown collector '{c}' in '# collectors:' "
                                   f"(known: all, {', '.join(COLLECTORS)})")
    for c in COLLECTORS:
        if c not in header:
            continue
        words = header[c].split()
        if not words or words[0] != "expect" or len(words) < 2:
            raise ProgramError(f"{path}: '# {c}:' must read 'expect FILE [FILE...]'")
        if collectors != ["all"] and c not in collectors:
            raise ProgramError(f"{path}: '# {c}: expect ...' but {c} is not in '# collectors:'")
        for name in words[1:]:
            if not re.fullmatch(re.escape(path.stem) + r"\." + c + r"\.(out|err|exit)", name):
                raise ProgramError(f"{path}: per-collector file '{name}' must be named "
                                   f"{path.stem}.{c}.out, .err or .exit")
            if not (path.parent / name).is_file():
                raise ProgramError(f"{path}: '# {c}:' names {name}, which does not exist")


def third_party_path(path, header):
    """A folder holding only the third-party modules the header requires (None when it requires none)."""
    names = header.get("requires", "").split()
    if not names:
        return None
    folder = Path(tempfile.mkdtemp(prefix="record-requires-"))
    for name in names:
        if name not in THIRD_PARTY:
            raise ProgramError(f"{path}: unknown module '{name}' in '# requires:' "
                               f"(known: {', '.join(sorted(THIRD_PARTY))})")
        source, install = THIRD_PARTY[name]
        if not source.is_file():
            raise ProgramError(f"{path}: requires {name}, but {source} is missing (install it: {install})")
        (folder / source.name).write_bytes(source.read_bytes())
    return folder


def python_version(python):
    probe = ("import sys, platform; print(platform.python_implementation(), "
             "'.'.join(map(str, sys.version_info[:3])), sys.version_info[0], sys.version_info[1])")
    try:
        out = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"record_programs: cannot run {python}: {e}")
    impl, full, major, minor = out[0], out[1], int(out[2]), int(out[3])
    return impl, full, (major, minor)


def clean_env(extra_path=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    if extra_path is not None:
        env["PYTHONPATH"] = str(extra_path)
    return env


def run_once(python, path, args, timeout, extra_path=None):
    given = path.with_suffix(".in")
    try:
        with open(given if given.exists() else os.devnull, "rb") as stdin:
            p = subprocess.run([python, path.name, *args], cwd=path.parent, env=clean_env(extra_path),
                               stdin=stdin, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ProgramError(f"{path}: timed out after {timeout} s")
    return normalise(p.stdout, path.parent, False), normalise(p.stderr, path.parent, True), p.returncode


def record(python, path, runs, timeout):
    """Run a program `runs` times; return the expected files' contents (None = must not exist)."""
    header = parse_header(path)
    check_header(path, header)
    args = header.get("args", "").split()
    extra_path = third_party_path(path, header)
    try:
        results = [run_once(python, path, args, timeout, extra_path) for _ in range(runs)]
    finally:
        if extra_path is not None:
            for f in extra_path.iterdir():
                f.unlink()
            extra_path.rmdir()
    for i, r in enumerate(results[1:], start=2):
        if r != results[0]:
            what = [n for n, a, b in zip(("stdout", "stderr", "exit code"), results[0], r) if a != b]
            raise ProgramError(f"{path}: not deterministic: run 1 and run {i} differ in {', '.join(what)}")
    out, err, code = results[0]
    return {
        path.with_suffix(".out"): out,
        path.with_suffix(".err"): err if err else None,
        path.with_suffix(".exit"): f"{code}\n".encode() if code != 0 else None,
    }


def apply(expected, check):
    """Write (or, with check, compare) the expected files; returns the problems found."""
    problems = []
    for file, content in expected.items():
        current = file.read_bytes() if file.exists() else None
        if current == content:
            continue
        if check:
            state = "missing" if current is None else ("superfluous" if content is None else "stale")
            problems.append(f"{file}: {state}")
        elif content is None:
            file.unlink()
        else:
            file.write_bytes(content)
    return problems


EXPECTED_FILE = re.compile(r"(?P<stem>[^.]+)(\.(?P<collector>[a-z]+))?\.(out|err|exit)$")


def orphans(programs, whole_folders):
    """Expected-output files that no program owns or whose program's header does not name them.
    In a folder scanned whole every such file is checked; elsewhere only the given programs' own."""
    by_folder = {}
    for p in programs:
        by_folder.setdefault(p.parent, set()).add(p.stem)
    problems = []
    for d, stems in by_folder.items():
        for f in sorted(d.iterdir()):
            m = EXPECTED_FILE.match(f.name)
            if not m or (d not in whole_folders and m.group("stem") not in stems):
                continue
            if m.group("stem") not in stems:
                problems.append(f"{f}: no program {m.group('stem')}.py")
            elif m.group("collector"):
                header = parse_header(d / (m.group("stem") + ".py"))
                if f.name not in header.get(m.group("collector"), "").split()[1:]:
                    problems.append(f"{f}: not named in the '# {m.group('collector')}: expect ...' header")
    return problems


def find_programs(targets):
    """The programs to run, and the folders whose every file belongs to one of them."""
    found, whole = [], set()
    for t in targets:
        t = Path(t).resolve()
        if t.is_dir():
            found.extend(sorted(t.rglob("*.py")))
            whole.update(d for d in [t, *t.rglob("*")] if d.is_dir())
        elif t.suffix == ".py" and t.is_file():
            found.append(t)
        else:
            raise ProgramError(f"{t}: not a program or a folder")
    return found, whole


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="*", help="programs or folders (default: every program)")
    ap.add_argument("--check", action="store_true", help="verify the committed files, write nothing")
    ap.add_argument("--python", default="python3", help="the CPython 3.11 to run (default: python3)")
    ap.add_argument("--runs", type=int, default=3, help="runs per program that must agree (default: 3)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default: 60)")
    ap.add_argument("--jobs", type=int, default=2, help="programs run in parallel (default: 2)")
    opts = ap.parse_args()

    impl, full, major_minor = python_version(opts.python)
    if impl != "CPython" or major_minor != (3, 11):
        sys.exit(f"record_programs: {opts.python} is {impl} {full}; the expected outputs are CPython 3.11's "
                 f"(pass --python with a CPython 3.11)")
    if full != "3.11.7":
        print(f"record_programs: note: {opts.python} is CPython {full}; the committed files were recorded "
              f"with 3.11.7", file=sys.stderr)

    try:
        programs, whole_folders = find_programs(opts.targets or [PROGRAMS])
    except ProgramError as e:
        sys.exit(f"record_programs: {e}")

    def one(path):
        try:
            return apply(record(opts.python, path, opts.runs, opts.timeout), opts.check)
        except ProgramError as e:
            return [str(e)]

    with ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        problems = [p for ps in pool.map(one, programs) for p in ps]
    problems += orphans(programs, whole_folders)
    for p in problems:
        print(p, file=sys.stderr)
    verb = "checked" if opts.check else "recorded"
    print(f"record_programs: {verb} {len(programs)} programs, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
