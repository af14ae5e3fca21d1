"""Program/module to trace Python program or function execution.

Trace runs code under sys.settrace and, as asked, prints each line as it runs
(``name.py(3): source``, with `` --- modulename: m, funcname: f`` at each call
of a traced module), counts the times each line ran, lists the functions
called or the calling relationships between them.  results() gives a
CoverageResults, whose write_results() writes NAME.cover files: each source
line prefixed by its count, or by ``>>>>>> `` when it is executable and never
ran.
"""

__all__ = ['Trace', 'CoverageResults']

import linecache
import os
import sys
import token
import tokenize
import inspect
import gc
import dis
import pickle
from time import monotonic as _time

import threading

PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Which modules are not traced: named ones (and their submodules), those
    under the given directories, built-in code; answers are remembered."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules) if modules else set()
        self._dirs = [os.path.normpath(d) for d in dirs] if dirs else []
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        if modulename in self._ignore:
            return self._ignore[modulename]
        self._ignore[modulename] = verdict = self._decide(filename, modulename)
        return verdict

    def _decide(self, filename, modulename):
        if modulename in self._mods:
            return 1
        for mod in self._mods:
            if modulename.startswith(mod + '.'):
                return 1
        if filename is None:
            return 1
        for d in self._dirs:
            if filename.startswith(d + os.sep):
                return 1
        return 0


def _modname(path):
    """Return a plausible module name for the path."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """Return a plausible module name for the path: its dotted name below
    the longest entry of sys.path holding it."""
    compared = os.path.normcase(path)
    longest = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if compared.startswith(entry) and compared[len(entry):len(entry) + 1] == os.sep:
            if len(entry) > len(longest):
                longest = entry
    base = path[len(longest) + 1:] if longest else path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


class CoverageResults:
    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()
        self.calledfuncs = {} if calledfuncs is None else calledfuncs.copy()
        self.callers = {} if callers is None else callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            try:
                with open(self.infile, 'rb') as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(self.__class__(counts, calledfuncs, callers=callers))
            except (OSError, EOFError, ValueError) as err:
                print("Skipping counts file %r: %s" % (self.infile, err),
                      file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Return True if the filename does not refer to a file
        we want to have reported.
        """
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        """Merge in the data from another CoverageResults"""
        for key, hits in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + hits
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """
        Write the coverage results.

        :param show_missing: Show lines that had no hits.
        :param summary: Include coverage summary per module.
        :param coverdir: If None, the results of each module are placed in its
                         directory, otherwise it is included in the directory
                         specified.
        """
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s"
                      % (filename, modulename, funcname))

        if self.callers:
            print()
            print("calling relationships:")
            last_file = last_callee_file = ""
            for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
                if pfile != last_file:
                    print()
                    print("***", pfile, "***")
                    last_file = pfile
                    last_callee_file = ""
                if cfile != pfile and last_callee_file != cfile:
                    print("  -->", cfile)
                    last_callee_file = cfile
                print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

        per_file = {}
        for filename, lineno in self.counts:
            per_file.setdefault(filename, {})[lineno] = self.counts[(filename, lineno)]

        sums = {}
        for filename, hits in per_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                directory = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                directory = coverdir
                if not os.path.exists(directory):
                    os.makedirs(directory)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(directory, modulename + ".cover")
            with open(filename, 'rb') as fp:
                encoding, _ = tokenize.detect_encoding(fp.readline)
            n_hits, n_lines = self.write_results_file(coverpath, source,
                                                      executable, hits, encoding)
            if summary and n_lines:
                percent = int(100 * n_hits / n_lines)
                sums[modulename] = n_lines, percent, modulename, filename

        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])

        if self.outfile:
            try:
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Return a coverage results file in path."""
        try:
            outfile = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping"
                  % (path, err), file=sys.stderr)
            return 0, 0
        n_lines = 0
        n_hits = 0
        with outfile:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    outfile.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    outfile.write(">>>>>> ")
                    n_lines += 1
                else:
                    outfile.write("       ")
                outfile.write(line.expandtabs(8))
        return n_hits, n_lines


def _find_lines_from_code(code, strs):
    """Return dict where keys are lines in the line number table."""
    return {lineno: 1 for _, lineno in dis.findlinestarts(code)
            if lineno not in strs}


def _find_lines(code, strs):
    """Return lineno dict for all code objects reachable from code."""
    linenos = _find_lines_from_code(code, strs)
    for const in code.co_consts:
        if inspect.iscode(const):
            linenos.update(_find_lines(const, strs))
    return linenos


def _find_strings(filename, encoding=None):
    """Return a dict of possible docstring positions: the lines of every
    string token that starts a statement block (an indent precedes it)."""
    found = {}
    previous = token.INDENT
    with open(filename, encoding=encoding) as f:
        for ttype, tstr, start, end, line in tokenize.generate_tokens(f.readline):
            if ttype == token.STRING and previous == token.INDENT:
                for lineno in range(start[0], end[0] + 1):
                    found[lineno] = 1
            previous = ttype
    return found


def _find_executable_linenos(filename):
    """Return dict where keys are line numbers in the line number table."""
    try:
        with tokenize.open(filename) as f:
            source = f.read()
            encoding = f.encoding
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err),
              file=sys.stderr)
        return {}
    code = compile(source, filename, "exec")
    return _find_lines(code, _find_strings(filename, encoding))


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        """
        @param count true iff it should count number of times each
                     line is executed
        @param trace true iff it should print out each line that is
                     being counted
        @param countfuncs true iff it should just output a list of
                     (filename, modulename, funcname,) for functions
                     that were called at least once;  This overrides
                     `count' and `trace'
        @param ignoremods a list of the names of modules to ignore
        @param ignoredirs a list of the names of directories to ignore
                     all of the (recursive) contents of
        @param infile file from which to read stored counts to be
                     added into the results
        @param outfile file in which to write the results
        @param timing true iff timing information be displayed
        """
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
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
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace and count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace_and_count
        elif trace:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace
        elif count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

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
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        if code not in self._caller_cache:
            self._caller_cache[code] = self._class_of(code)
        clsname = self._caller_cache[code]
        if clsname is not None:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

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

    def globaltrace_trackcallers(self, frame, why, arg):
        """Handler for call events.

        Adds information about who called who to the self._callers dict.
        """
        if why == 'call':
            this_func = self.file_module_function_of(frame)
            parent_func = self.file_module_function_of(frame.f_back)
            self._callers[(parent_func, this_func)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        """Handler for call events.

        Adds (filename, modulename, funcname) to the self._calledfuncs dict.
        """
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """Handler for call events.

        If the code block being entered is to be ignored, returns `None',
        else returns self.localtrace.
        """
        if why != 'call':
            return None
        filename = frame.f_globals.get('__file__', None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s"
                  % (modulename, frame.f_code.co_name))
        return self.localtrace

    def _show_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print('%.2f' % (_time() - self.start_time), end=' ')
        print("%s(%d): %s" % (os.path.basename(filename), lineno,
                              linecache.getline(filename, lineno)), end='')

    def _count_line(self, frame):
        key = frame.f_code.co_filename, frame.f_lineno
        self.counts[key] = self.counts.get(key, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._show_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._show_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile,
                               outfile=self.outfile,
                               calledfuncs=self._calledfuncs,
                               callers=self._callers)
