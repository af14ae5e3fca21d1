"""Line tracing and coverage counting built on sys.settrace.

A Trace runs code and, depending on how it was made, prints every line as
it runs (``name.py(3): source``, with `` --- modulename: m, funcname: f`` on
entering each traced function), counts how many times each line ran, or
records which functions were called or who called whom.  results() hands
back a CoverageResults; its write_results() prints the function lists and
writes NAME.cover files, the source with each line's count in front, and
``>>>>>> `` in front of executable lines that never ran.
"""

__all__ = ['Trace', 'CoverageResults']

import dis
import gc
import inspect
import io
import linecache
import os
import pickle
import sys
import threading
import token
import tokenize
from time import monotonic as _time

PRAGMA_NOCOVER = "#pragma NO COVER"


class _Exclusions:
    """The modules a Trace leaves alone: those named (with their
    submodules), those in the given directories, and code with no file.
    Verdicts are cached by module name."""

    def __init__(self, modules=None, dirs=None):
        self._modules = set(modules) if modules else set()
        self._dirs = [os.path.normpath(d) for d in dirs] if dirs else []
        self._verdicts = {'<string>': 1}

    def names(self, filename, modulename):
        verdict = self._verdicts.get(modulename)
        if verdict is None:
            verdict = self._verdicts[modulename] = self._excluded(filename, modulename)
        return verdict

    def _excluded(self, filename, modulename):
        if modulename in self._modules:
            return 1
        if any(modulename.startswith(name + '.') for name in self._modules):
            return 1
        if filename is None:
            return 1
        if any(filename.startswith(d + os.sep) for d in self._dirs):
            return 1
        return 0


def _short_module_name(path):
    # the file's name without directory and extension
    return os.path.splitext(os.path.basename(path))[0]


def _dotted_module_name(path):
    # the dotted name of path below the longest sys.path entry holding it
    key = os.path.normcase(path)
    best = ""
    for entry in map(os.path.normcase, sys.path):
        inside = key.startswith(entry) and key[len(entry):len(entry) + 1] == os.sep
        if inside and len(entry) > len(best):
            best = entry
    rest = path[len(best) + 1:] if best else path
    rest = os.path.splitdrive(rest)[1].replace(os.sep, ".")
    if os.altsep:
        rest = rest.replace(os.altsep, ".")
    return os.path.splitext(rest)[0].lstrip(".")


# ---- which lines of a file are executable

def _docstring_lines(filename, encoding=None):
    # a string token right after an indent opens a block: a docstring,
    # whose lines the line table lists but which are never "missed"
    lines = {}
    before = token.INDENT
    with open(filename, encoding=encoding) as source:
        for kind, _, start, end, _ in tokenize.generate_tokens(source.readline):
            if kind == token.STRING and before == token.INDENT:
                lines.update(dict.fromkeys(range(start[0], end[0] + 1), 1))
            before = kind
    return lines


def _code_lines(code, excluded):
    # the line starts of code and of every code object nested in it
    lines = {}
    pending = [code]
    while pending:
        current = pending.pop()
        for _, lineno in dis.findlinestarts(current):
            if lineno not in excluded:
                lines[lineno] = 1
        pending.extend(c for c in current.co_consts if inspect.iscode(c))
    return lines


def _executable_lines(filename):
    try:
        with tokenize.open(filename) as f:
            text = f.read()
            encoding = f.encoding
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err),
              file=sys.stderr)
        return {}
    code = compile(text, filename, "exec")
    return _code_lines(code, _docstring_lines(filename, encoding))


class CoverageResults:
    """What a Trace gathered: counts[(file, line)], calledfuncs and callers
    (dicts used as sets), merged with a pickled infile if given."""

    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()
        self.calledfuncs = {} if calledfuncs is None else calledfuncs.copy()
        self.callers = {} if callers is None else callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            self._merge_saved(self.infile)

    def _merge_saved(self, path):
        try:
            with open(path, 'rb') as f:
                counts, calledfuncs, callers = pickle.load(f)
            self.update(self.__class__(counts, calledfuncs, callers=callers))
        except (OSError, EOFError, ValueError) as err:
            print("Skipping counts file %r: %s" % (path, err), file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Whether filename is a pseudo-file ("<string>") with no report."""
        return filename[:1] == '<' and filename[-1:] == '>'

    def update(self, other):
        """Add another CoverageResults' figures to these."""
        for key, hits in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + hits
        self.calledfuncs.update(dict.fromkeys(other.calledfuncs, 1))
        self.callers.update(dict.fromkeys(other.callers, 1))

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Print the functions called and the calling relationships, write
        a .cover file per source file counted (beside the source, or in
        coverdir under its dotted module name), then save to outfile.

        show_missing marks executable lines that never ran; summary prints
        a table of lines and coverage per module.
        """
        if self.calledfuncs:
            self._print_called()
        if self.callers:
            self._print_callers()
        table = {}
        for filename, hits in self._hits_by_file().items():
            if self.is_ignored_filename(filename):
                continue
            row = self._cover_file(filename, hits, show_missing, coverdir)
            if summary and row:
                table[row[2]] = row
        if summary and table:
            print("lines   cov%   module   (path)")
            for name in sorted(table):
                print("%5d   %3d%%   %s   (%s)" % table[name])
        if self.outfile:
            self._save(self.outfile)

    def _print_called(self):
        print()
        print("functions called:")
        for entry in sorted(self.calledfuncs):
            print("filename: %s, modulename: %s, funcname: %s" % entry)

    def _print_callers(self):
        print()
        print("calling relationships:")
        caller_file = callee_file = ""
        for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
            if pfile != caller_file:
                print()
                print("***", pfile, "***")
                caller_file, callee_file = pfile, ""
            if cfile != pfile and cfile != callee_file:
                print("  -->", cfile)
                callee_file = cfile
            print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

    def _hits_by_file(self):
        grouped = {}
        for (filename, lineno), hits in self.counts.items():
            grouped.setdefault(filename, {})[lineno] = hits
        return grouped

    def _cover_file(self, filename, hits, show_missing, coverdir):
        # write one .cover file; the summary row, or None with no line to count
        if filename.endswith(".pyc"):
            filename = filename[:-1]
        if coverdir is None:
            where = os.path.dirname(os.path.abspath(filename))
            modulename = _short_module_name(filename)
        else:
            where = coverdir
            os.makedirs(where, exist_ok=True)
            modulename = _dotted_module_name(filename)
        executable = _executable_lines(filename) if show_missing else {}
        source = linecache.getlines(filename)
        with open(filename, 'rb') as raw:
            encoding = tokenize.detect_encoding(raw.readline)[0]
        covered, countable = self.write_results_file(
            os.path.join(where, modulename + ".cover"), source, executable,
            hits, encoding)
        if not countable:
            return None
        return countable, int(100 * covered / countable), modulename, filename

    def _save(self, path):
        try:
            with open(path, 'wb') as f:
                pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
        except OSError as err:
            print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Write lines to path, each after its count, ">>>>>> " (executable
        per lnotab, never run) or blanks; return (lines hit, lines counted)."""
        try:
            out = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping"
                  % (path, err), file=sys.stderr)
            return 0, 0
        covered = countable = 0
        with out:
            for lineno, text in enumerate(lines, 1):
                if lineno in lines_hit:
                    margin = "%5d: " % lines_hit[lineno]
                    covered += 1
                    countable += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in text:
                    margin = ">>>>>> "
                    countable += 1
                else:
                    margin = "       "
                out.write(margin)
                out.write(text.expandtabs(8))
        return covered, countable


class Trace:
    """Runs code under a trace function chosen by the flags.

    count: count line executions; trace: print each line; countfuncs:
    only note the functions called; countcallers: only note who calls whom
    (the last two take precedence, countcallers first).  ignoremods and
    ignoredirs exclude modules; infile and outfile hold saved counts for
    results(); timing prefixes printed lines with the seconds elapsed.
    """

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Exclusions(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = _time() if timing else None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
            return
        if countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
            return
        local = {(True, True): self.localtrace_trace_and_count,
                 (True, False): self.localtrace_trace,
                 (False, True): self.localtrace_count}.get((bool(trace), bool(count)))
        if local is None:
            self.donothing = 1
        else:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = local

    # Between installing the trace function and running the code, and
    # after it, these call nothing else: the tracer would see it.

    def run(self, cmd):
        import __main__
        self.runctx(cmd, __main__.__dict__, __main__.__dict__)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def file_module_function_of(self, frame):
        """(file, module, function) of frame; a method is named
        Class.method when its class can be found."""
        code = frame.f_code
        where = code.co_filename
        module = _short_module_name(where) if where else None
        if code not in self._caller_cache:
            self._caller_cache[code] = self._class_of(code)
        owner = self._caller_cache[code]
        if owner is None:
            return where, module, code.co_name
        return where, module, "%s.%s" % (owner, code.co_name)

    @staticmethod
    def _class_of(code):
        # a method's class: the one function of the code, the one dict
        # holding that function, the one class owning that dict
        funcs = [f for f in gc.get_referrers(code) if inspect.isfunction(f)]
        if len(funcs) != 1:
            return None
        dicts = [d for d in gc.get_referrers(funcs[0]) if isinstance(d, dict)]
        if len(dicts) != 1:
            return None
        classes = [c for c in gc.get_referrers(dicts[0]) if hasattr(c, "__bases__")]
        if len(classes) != 1:
            return None
        return classes[0].__name__

    # ---- the trace functions

    def globaltrace_trackcallers(self, frame, why, arg):
        """At each call, note the (caller, callee) pair."""
        if why == 'call':
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        """At each call, note the function called."""
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """At each call: the local trace function, unless the module is
        excluded or the code has no __file__."""
        if why != 'call':
            return None
        path = frame.f_globals.get('__file__', None)
        if not path:
            return None
        module = _short_module_name(path)
        if module is None or self.ignore.names(path, module):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s"
                  % (module, frame.f_code.co_name))
        return self.localtrace

    def _print_line(self, frame):
        path = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print('%.2f' % (_time() - self.start_time), end=' ')
        text = linecache.getline(path, lineno)
        print("%s(%d): %s" % (os.path.basename(path), lineno, text), end='')

    def _tally(self, frame):
        key = (frame.f_code.co_filename, frame.f_lineno)
        self.counts[key] = self.counts.get(key, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._tally(frame)
            self._print_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._tally(frame)
        return self.localtrace

    def results(self):
        """A CoverageResults of what was gathered (and of infile)."""
        return CoverageResults(self.counts, infile=self.infile,
                               outfile=self.outfile,
                               calledfuncs=self._calledfuncs,
                               callers=self._callers)


# ---------------------------------------------------------------- command line

# (flags, keyword arguments) of each option, by the help group it is listed in;
# the texts are what `python -m trace --help` prints
_MAIN_OPTIONS = (
    ('-c', '--count', "Count the number of times each line is executed and write the counts "
                      "to <module>.cover for each module executed, in the module's directory. "
                      "See also --coverdir, --file, --no-report below."),
    ('-t', '--trace', 'Print each line to sys.stdout before it is executed'),
    ('-l', '--listfuncs', 'Keep track of which functions are executed at least once and write '
                          'the results to sys.stdout after the program exits. Cannot be '
                          'specified alongside --trace or --count.'),
    ('-T', '--trackcalls', 'Keep track of caller/called pairs and write the results to '
                           'sys.stdout after the program exits.'),
)


def _command_line_parser():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('--version', action='version', version='trace 2.0')
    main = parser.add_argument_group('Main options', 'One of these (or --report) must be given')
    for short, long, text in _MAIN_OPTIONS:
        main.add_argument(short, long, action='store_true', help=text)
    modifiers = parser.add_argument_group('Modifiers')
    either = modifiers.add_mutually_exclusive_group()
    either.add_argument('-r', '--report', action='store_true',
                        help='Generate a report from a counts file; does not execute any code. '
                             '--file must specify the results file to read, which must have been '
                             'created in a previous run with --count --file=FILE')
    either.add_argument('-R', '--no-report', action='store_true',
                        help='Do not generate the coverage report files. Useful if you want to '
                             'accumulate over several runs.')
    modifiers.add_argument('-f', '--file', help='File to accumulate counts over several runs')
    modifiers.add_argument('-C', '--coverdir',
                           help='Directory where the report files go. The coverage report for '
                                '<package>.<module> will be written to file '
                                '<dir>/<package>/<module>.cover')
    modifiers.add_argument('-m', '--missing', action='store_true',
                           help='Annotate executable lines that were not executed with ">>>>>> "')
    modifiers.add_argument('-s', '--summary', action='store_true',
                           help='Write a brief summary for each file to sys.stdout. Can only be '
                                'used with --count or --report')
    modifiers.add_argument('-g', '--timing', action='store_true',
                           help='Prefix each line with the time since the program started. Only '
                                'used while tracing')
    filters = parser.add_argument_group('Filters', 'Can be specified multiple times')
    filters.add_argument('--ignore-module', action='append', default=[],
                         help='Ignore the given module(s) and its submodules (if it is a package). '
                              'Accepts comma separated list of module names.')
    filters.add_argument('--ignore-dir', action='append', default=[],
                         help='Ignore files in the given directory (multiple directories can be '
                              'joined by os.pathsep).')
    parser.add_argument('--module', action='store_true', default=False, help='Trace a module. ')
    parser.add_argument('progname', nargs='?', help='file to run as main program')
    parser.add_argument('arguments', nargs=argparse.REMAINDER, help='arguments to the program')
    return parser


def _usage_problem(opts):
    """The first rule the options break, as the command line reports it, or None."""
    if not (opts.trace or opts.count or opts.listfuncs or opts.trackcalls):
        return 'must specify one of --trace, --count, --report, --listfuncs, or --trackcalls'
    if opts.listfuncs and (opts.count or opts.trace):
        return 'cannot specify both --listfuncs and (--trace or --count)'
    if opts.summary and not opts.count:
        return '--summary can only be used with --count or --report'
    if opts.progname is None:
        return 'progname is missing: required with the main options'
    return None


def _expanded_dir(text):
    # $prefix and $exec_prefix stand for the standard library's folders
    import sysconfig
    text = os.path.expanduser(os.path.expandvars(text))
    text = text.replace('$prefix', sysconfig.get_path('stdlib'))
    text = text.replace('$exec_prefix', sysconfig.get_path('platstdlib'))
    return os.path.normpath(text)


def _main_code(opts):
    """(code, globals) of the program to trace; sets sys.argv (and sys.path[0] for a file)."""
    if opts.module:
        import runpy
        _, spec, code = runpy._get_module_details(opts.progname)
        sys.argv = [code.co_filename, *opts.arguments]
        return code, {'__name__': '__main__', '__file__': code.co_filename,
                      '__package__': spec.parent, '__loader__': spec.loader,
                      '__spec__': spec, '__cached__': None}
    sys.argv = [opts.progname, *opts.arguments]
    sys.path[0] = os.path.dirname(opts.progname)
    with io.open_code(opts.progname) as source:
        code = compile(source.read(), opts.progname, 'exec')
    return code, {'__file__': opts.progname, '__name__': '__main__',
                  '__package__': None, '__cached__': None}


def main():
    """`python -m trace`: run a program under a Trace and report, or report saved counts."""
    parser = _command_line_parser()
    opts = parser.parse_args()
    opts.ignore_module = [name.strip() for given in opts.ignore_module
                          for name in given.split(',')]
    opts.ignore_dir = [_expanded_dir(part) for given in opts.ignore_dir
                       for part in given.split(os.pathsep)]
    if opts.report:
        if not opts.file:
            parser.error('-r/--report requires -f/--file')
        saved = CoverageResults(infile=opts.file, outfile=opts.file)
        return saved.write_results(opts.missing, opts.summary, opts.coverdir)
    problem = _usage_problem(opts)
    if problem:
        parser.error(problem)
    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
                   countcallers=opts.trackcalls, ignoremods=opts.ignore_module,
                   ignoredirs=opts.ignore_dir, infile=opts.file, outfile=opts.file,
                   timing=opts.timing)
    try:
        code, namespace = _main_code(opts)
        tracer.runctx(code, namespace, namespace)
    except OSError as err:
        sys.exit('Cannot run file %r because: %s' % (sys.argv[0], err))
    except SystemExit:
        pass
    results = tracer.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == '__main__':
    main()
