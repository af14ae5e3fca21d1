"""Run the interactive examples written in docstrings and text files, and report the ones whose
output differs from what the text shows.

An example is a ``>>> `` line (with ``... `` continuation lines) followed by the output expected
from it, up to a blank line or the next prompt. Examples of one docstring run one after the other
in one namespace (a copy of the module's globals); each is compiled in 'single' mode, as the
interactive interpreter does, so an expression statement's value is shown by sys.displayhook.
Output written to sys.stdout while an example runs is captured and compared with the expected
text; an example that raises is compared by its last traceback line only.

The reports (failure blocks, verbose trace, summaries) are written as CPython 3.11's doctest writes
them, byte for byte.
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
]

import difflib
import functools
import operator
import inspect
import linecache
import os
import pdb
import re
import sys
import traceback
import unittest
from io import StringIO
from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')


# ---------------------------------------------------------------- option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit of `name`, a new one (the next power of two) the first time it is asked for."""
    flag = OPTIONFLAGS_BY_NAME.get(name)
    if flag is None:
        flag = 1 << len(OPTIONFLAGS_BY_NAME)
        OPTIONFLAGS_BY_NAME[name] = flag
    return flag


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------- helpers

def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into `globs`."""
    try:
        import __future__
    except ImportError:
        return 0
    # a feature counts when the very object __future__ holds is bound under its name
    return functools.reduce(operator.or_, (
        getattr(__future__, name).compiler_flag for name in __future__.all_feature_names
        if globs.get(name) is getattr(__future__, name)), 0)


def _normalize_module(module, depth=2):
    """A module given as itself, by name, or (None) as the module of the caller `depth` frames up."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        # the named module itself, not its top package
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        caller = sys._getframe(depth).f_globals
        return sys.modules[caller['__name__']]
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    # universal newlines, as reading the file in text mode would give
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _load_testfile(filename, package, module_relative, encoding):
    """The text of a test file and its path (made relative to `package` when asked)."""
    if not module_relative:
        with open(filename, encoding=encoding) as stream:
            return stream.read(), filename
    home = _normalize_module(package, 3)
    path = _module_relative_path(home, filename)
    loader = getattr(home, '__loader__', None)
    if loader is None:
        loader = getattr(getattr(home, '__spec__', None), 'loader', None)
    # a package in a zip file, for one, is only readable through its loader
    get_data = getattr(loader, 'get_data', None)
    if get_data is None:
        with open(path, encoding=encoding) as stream:
            return stream.read(), path
    return _newline_convert(get_data(path).decode(encoding)), path


_LINE_START = re.compile('(?m)^(?!$)')


def _indent(s, indent=4):
    """`s` with `indent` spaces put before each line that is not empty."""
    return _LINE_START.sub(' ' * indent, s)


def _exception_traceback(exc_info):
    """The text traceback.print_exception writes for an exc_info triple."""
    buffer = StringIO()
    exc_type, exc_value, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_value, exc_tb, file=buffer)
    return buffer.getvalue()


class _SpoofOut(StringIO):
    """Where sys.stdout points while an example runs."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        # expected output always ends a line, so a last unterminated line is completed
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether `got` matches `want` where each '...' of `want` stands for any text.

    The fixed pieces between the markers are found left to right, each at its leftmost place after
    the previous one: if that greedy-free placement fails, no placement succeeds.
    """
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    if not got.startswith(head) or not got.endswith(tail):
        return False
    start = len(head)
    end = len(got) - len(tail)
    if start > end:
        # the two ends would overlap, as 'aa...aa' against 'aaa'
        return False
    for piece in pieces[1:-1]:
        found = got.find(piece, start, end)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """The bare exception class name of a formatted exception line: no module path, no message."""
    end = msg.find('\n')
    if end < 0:
        end = len(msg)
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    start = msg.rfind('.', 0, end) + 1
    return msg[start:end]


class _OutputRedirectingPdb(pdb.Pdb):
    """The debugger `pdb.set_trace()` gives inside an example: it talks to the real standard
    output, while the example's own output still goes to the capture."""

    def __init__(self, out):
        self.__out = out
        self.__debugger_used = False
        pdb.Pdb.__init__(self, stdout=out, nosigint=True)
        self.use_rawinput = 1

    def set_trace(self, frame=None):
        self.__debugger_used = True
        if frame is None:
            frame = sys._getframe().f_back
        pdb.Pdb.set_trace(self, frame)

    def set_continue(self):
        # only a debugger that was started has a trace function to take away
        if self.__debugger_used:
            pdb.Pdb.set_continue(self)

    def trace_dispatch(self, *args):
        saved = sys.stdout
        sys.stdout = self.__out
        try:
            return pdb.Pdb.trace_dispatch(self, *args)
        finally:
            sys.stdout = saved


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    # the path is written with '/' whatever the system's separator
    relative = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        return os.path.join(os.path.dirname(module.__file__), relative)
    if module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        return os.path.join(os.path.dirname(script) if script else os.curdir, relative)
    # a namespace package: the first of its folders that has the file
    for folder in getattr(module, '__path__', ()):
        candidate = os.path.join(folder, relative)
        if os.path.exists(candidate):
            return candidate
    raise ValueError("Can't resolve paths relative to the module "
                     "%r (it has no __file__)" % module.__name__)


# ---------------------------------------------------------------- Example and DocTest

class Example:
    """One example: its `source` (a statement ending in a newline), the output it should `want`
    (ends in a newline unless empty), `exc_msg` (the last traceback line it should raise, or None),
    its 0-based `lineno` in the docstring, its `indent` and its `options` ({flag: bool})."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)
                == (other.source, other.want, other.lineno, other.indent, other.options,
                    other.exc_msg))

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in (`globs`, a copy of the one
    given), its `name`, `filename`, 0-based `lineno` in that file, and the `docstring` itself."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            examples = 'no examples'
        elif count == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name, self.filename,
                                            self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)
                == (other.examples, other.docstring, other.globs, other.name, other.filename,
                    other.lineno))

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = -1 if self.lineno is None else self.lineno
        theirs = -1 if other.lineno is None else other.lineno
        return ((self.name, self.filename, mine, id(self))
                < (other.name, other.filename, theirs, id(other)))


# ---------------------------------------------------------------- the parser

class DocTestParser:
    """Cuts a text into examples and the prose between them.

    The text is read line by line. A line whose first non-space characters are '>>>' opens an
    example; the lines after it that start (after spaces) with '...' continue its source. The
    expected output is every following line up to the first line that is blank (spaces only) or
    opens another example. Everything else is prose.
    """

    # a source's '# doctest: +FLAG, -FLAG' comment: what follows it up to the end of its line
    _OPTION_DIRECTIVE_RE = re.compile(r"#\s*doctest:\s*([^'\"\n]*)$", re.MULTILINE)

    _TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')

    def parse(self, string, name='<string>'):
        """The pieces of `string`: prose strings and Examples, alternating (0-based line numbers)."""
        lines = string.expandtabs().split('\n')
        margin = self._min_indent(lines)
        if margin > 0:
            lines = [line[margin:] for line in lines]
        # offsets[i]: where line i starts in the text the lines make
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        text_end = offsets[-1] - 1
        text = '\n'.join(lines)

        pieces = []
        prose_from = 0
        i = 0
        while i < len(lines):
            indent = _prompt_indent(lines[i], '>>>')
            if indent is None:
                i += 1
                continue
            first = i
            i += 1
            while i < len(lines) and _prompt_indent(lines[i], '...') is not None:
                i += 1
            source_end = i
            while i < len(lines) and lines[i].strip(' ') and _prompt_indent(lines[i], '>>>') is None:
                i += 1
            pieces.append(text[prose_from:offsets[first]])
            source, options, want, exc_msg = self._parse_example(
                lines[first:source_end], lines[source_end:i], indent, name, first)
            if not _blank_or_comment(source):
                pieces.append(Example(source, want, exc_msg, lineno=first,
                                      indent=margin + indent, options=options))
            prose_from = min(offsets[i], text_end)
        pieces.append(text[prose_from:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        for k, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + k + 1, name, line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want_lines = [line[indent:] for line in want_lines]
        return (source, self._find_options(source, name, lineno), '\n'.join(want_lines),
                self._exception_line(want_lines))

    def _exception_line(self, want_lines):
        """What a traceback in the expected output says from its exception line on, or None
        when the output is no traceback."""
        if not want_lines:
            return None
        head = want_lines[0]
        if not any(head.startswith(h) and not head[len(h):].strip()
                   for h in self._TRACEBACK_HEADERS):
            return None
        for k in range(1, len(want_lines)):
            line = want_lines[k]
            if line and (line[0].isalnum() or line[0] == '_'):
                return '\n'.join(want_lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for directive in self._OPTION_DIRECTIVE_RE.findall(source):
            for word in directive.replace(',', ' ').split():
                sign, flag = word[0], word[1:]
                if sign not in '+-' or flag not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[flag]] = sign == '+'
        if options and _blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, lines):
        # only lines with something other than white space count
        widths = []
        for line in lines:
            rest = line.lstrip(' ')
            if rest and not rest[0].isspace():
                widths.append(len(line) - len(rest))
        return min(widths, default=0)

    def _check_prefix(self, lines, prefix, name, lineno):
        for k, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + k + 1, name, line))


def _prompt_indent(line, prompt):
    """The number of spaces before `prompt` when `line` starts with them and it, else None."""
    rest = line.lstrip(' ')
    return len(line) - len(rest) if rest.startswith(prompt) else None


def _blank_or_comment(source):
    """Whether a source (one line, maybe with its newline) holds nothing but a comment."""
    if source.endswith('\n'):
        source = source[:-1]
    if '\n' in source:
        return False
    rest = source.lstrip(' ')
    return not rest or rest[0] == '#'


# ---------------------------------------------------------------- the finder

class DocTestFinder:
    """Collects the DocTests of an object's docstring and, recursively, of the functions, classes,
    methods and properties defined inside it (only those of the same module)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and of what it defines, sorted. `module` (default: the one
        `obj` comes from; False: none) limits the search to its own objects and gives the
        namespace (a copy of its globals unless `globs` is given, updated with `extraglobs`)."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines_of(obj, module)

        if globs is not None:
            namespace = globs.copy()
        elif module is not None:
            namespace = dict(module.__dict__)
        else:
            namespace = {}
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')

        tests = []
        self._find(tests, obj, name, module, source_lines, namespace, {})
        return sorted(tests)

    def _source_lines_of(self, obj, module):
        """The lines of the file `obj` was defined in, or None when they cannot be had."""
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # source that is not on disk may still be in linecache under a '<...>' name
            path = inspect.getfile(obj)
            if not (path.startswith('<') and path.endswith(']>')):
                return None
        if module is None:
            found = linecache.getlines(path)
        else:
            found = linecache.getlines(path, module.__dict__)
        return found or None

    def _from_module(self, module, object):
        """Whether `object` was defined in `module`."""
        if module is None:
            return True
        home = inspect.getmodule(object)
        if home is not None:
            return home is module
        if inspect.isfunction(object):
            return object.__globals__ is module.__dict__
        if inspect.ismethoddescriptor(object) or _is_method_wrapper(object):
            if hasattr(object, '__objclass__'):
                where = object.__objclass__.__module__
            elif hasattr(object, '__module__'):
                where = object.__module__
            else:
                # nothing says where it comes from: kept
                return True
            return where == module.__name__
        if inspect.isclass(object) or hasattr(object, '__module__'):
            return object.__module__ == module.__name__
        if isinstance(object, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        found = self._get_test(obj, name, module, globs, source_lines)
        if found is not None:
            tests.append(found)
        if self._recurse:
            for child_name, child in self._children(obj, name, module):
                self._find(tests, child, child_name, module, source_lines, globs, seen)

    def _children(self, obj, name, module):
        """(name, object) of what a module or a class defines that has tests of its own."""
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    yield name + '.' + key, value
            extra = getattr(obj, '__test__', {})
            for key, value in extra.items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (isinstance(value, str) or inspect.isroutine(value)
                        or inspect.isclass(value) or inspect.ismodule(value)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(value),))
                yield name + '.__test__.' + key, value
        if inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = (inspect.isroutine(value) or inspect.isclass(value)
                          or isinstance(value, property))
                if wanted and self._from_module(module, value):
                    yield name + '.' + key, value

    def _get_test(self, obj, name, module, globs, source_lines):
        docstring = self._docstring_of(obj)
        lineno = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    @staticmethod
    def _docstring_of(obj):
        if isinstance(obj, str):
            return obj
        try:
            doc = obj.__doc__
        except (TypeError, AttributeError):
            return ''
        if doc is None:
            return ''
        return doc if isinstance(doc, str) else str(doc)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of `obj`'s docstring in its file, or None."""
        has_doc = getattr(obj, '__doc__', None) is not None
        start = None
        if has_doc and inspect.ismodule(obj):
            start = 0
        if has_doc and inspect.isclass(obj):
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            start = next((i for i, line in enumerate(source_lines) if header.match(line)), None)
        # functions, methods, frames and tracebacks lead to a code object and its first line
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            start = obj.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # the docstring: from the definition on, the first line where a string opens
        opens_string = re.compile(r'(^|.*:)\s*\w*("|\')')
        for i in range(start, len(source_lines)):
            if opens_string.match(source_lines[i]):
                return i
        return None


def _is_method_wrapper(obj):
    return type(obj).__name__ == 'method-wrapper'


# ---------------------------------------------------------------- the runner

class DocTestRunner:
    """Runs DocTests, reports each failure through `out`, and keeps the counts per test name."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # the reports

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n'
                    + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # running

    def _flags_for(self, example, base):
        flags = base
        for flag, on in example.options.items():
            flags = flags | flag if on else flags & ~flag
        return flags

    def _exception_text(self, exc_type, exc_value):
        """The exception line(s) an example's expected traceback is compared with."""
        lines = traceback.format_exception_only(exc_type, exc_value)
        if issubclass(exc_type, SyntaxError):
            # the source line and the caret printed above a SyntaxError's line do not count
            names = (exc_type.__qualname__ + ':',
                     exc_type.__module__ + '.' + exc_type.__qualname__ + ':')
            start = next((k for k, line in enumerate(lines) if line.startswith(names)), 0)
            lines = lines[start:]
        return ''.join(lines)

    def _judge(self, example, got, exc_info):
        """'success', 'failure' or 'boom' (an exception the example did not expect)."""
        check = self._checker.check_output
        if exc_info is None:
            return 'success' if check(example.want, got, self.optionflags) else 'failure'
        if example.exc_msg is None:
            return 'boom'
        raised = self._exception_text(*exc_info[:2])
        if check(example.exc_msg, raised, self.optionflags):
            return 'success'
        if self.optionflags & IGNORE_EXCEPTION_DETAIL:
            if check(_strip_exception_details(example.exc_msg),
                     _strip_exception_details(raised), self.optionflags):
                return 'success'
        return 'failure'

    def __run(self, test, compileflags, out):
        base = self.optionflags
        failures = tries = 0
        for index, example in enumerate(test.examples):
            # after a first failure, REPORT_ONLY_FIRST_FAILURE keeps counting but says nothing;
            # the flags asked here are still those of the example before
            silent = failures > 0 and bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE)
            self.optionflags = self._flags_for(example, base)
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not silent:
                self.report_start(out, test, example)
            code_name = '<doctest %s[%d]>' % (test.name, index)
            exc_info = None
            try:
                code = compile(example.source, code_name, 'single', compileflags, True)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            self.debugger.set_continue()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = self._judge(example, got, exc_info)
            if exc_info is not None and not silent:
                got += _exception_traceback(exc_info)
            if outcome != 'success':
                failures += 1
            if silent:
                pass
            elif outcome == 'success':
                self.report_success(out, test, example, got)
            elif outcome == 'failure':
                self.report_failure(out, test, example, got)
            else:
                self.report_unexpected_exception(out, test, example, exc_info)
            if failures and self.optionflags & FAIL_FAST:
                break
        # left as the last example set them when a report raised (DebugRunner)
        self.optionflags = base
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        old_f, old_t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_f + f, old_t + t)
        self.failures += f
        self.tries += t

    __LINECACHE_FILENAME_RE = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def __patched_linecache_getlines(self, filename, module_globals=None):
        # tracebacks show the lines of the running test's examples
        m = self.__LINECACHE_FILENAME_RE.match(filename)
        if m is not None and m.group('name') == self.test.name:
            index = int(m.group('examplenum'))
            return self.test.examples[index].source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def _writer_for(self, stream):
        # a stream that cannot encode everything gets escapes instead of an error
        encoding = getattr(stream, 'encoding', None)
        if encoding is None or encoding.lower() == 'utf-8':
            return stream.write

        def write(text):
            stream.write(text.encode(encoding, 'backslashreplace').decode(encoding))
        return write

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs the examples of `test` in `test.globs`; the outcome through `out` (default: the
        standard output's write). Returns TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = self._writer_for(real_stdout)
        # what the run replaces, put back when it ends
        saved = (sys.gettrace(), pdb.set_trace, linecache.getlines, sys.displayhook)
        sys.stdout = self._fakeout
        self.debugger = _OutputRedirectingPdb(real_stdout)
        self.debugger.reset()
        pdb.set_trace = self.debugger.set_trace
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            trace, pdb.set_trace, linecache.getlines, sys.displayhook = saved
            sys.settrace(trace)
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Prints the counts of every test run so far; returns TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        empty = sorted(name for name, (f, t) in self._name2ft.items() if t == 0)
        clean = sorted((name, t) for name, (f, t) in self._name2ft.items() if t and not f)
        broken = sorted((name, ft) for name, ft in self._name2ft.items() if ft[0])
        tried = sum(t for f, t in self._name2ft.values())
        failed = sum(f for f, t in self._name2ft.values())
        if verbose and empty:
            print(len(empty), "items had no tests:")
            for name in empty:
                print("   ", name)
        if verbose and clean:
            print(len(clean), "items passed all tests:")
            for name, t in clean:
                print(" %3d tests in %s" % (t, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), "items had failures:")
            for name, (f, t) in broken:
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(tried, "tests in", len(self._name2ft), "items.")
            print(tried - failed, "passed and", failed, "failed.")
        if failed:
            print("***Test Failed***", failed, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(failed, tried)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            old_f, old_t = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (f + old_f, t + old_t)


class OutputChecker:
    """Decides whether an example's output matches the expected text, and describes the
    difference when it does not.

    The comparison tries the exact text first, then each relaxation the flags allow, in turn:
    True/False for 1/0, <BLANKLINE> for an empty line, runs of white space as one space, and
    '...' for any text.
    """

    _BLANKLINE_WANT = re.compile(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER))
    _BLANK_GOT = re.compile(r'(?m)^[^\S\n]+$')
    _EMPTY_LINE = re.compile(r'(?m)^[ ]*(?=\n)')

    def _toAscii(self, s):
        return s.encode('ASCII', 'backslashreplace').decode('ASCII')

    def check_output(self, want, got, optionflags):
        # compared as ASCII with escapes, so an expected '\u1234' matches the character itself
        want, got = self._toAscii(want), self._toAscii(got)
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1 and (want, got) in _BOOL_AS_INT:
            return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = self._BLANKLINE_WANT.sub('', want)
            got = self._BLANK_GOT.sub('', got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if optionflags & REPORT_NDIFF:
            return True
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            # unified and context diffs only say something with a few lines on each side
            return want.count('\n') > 2 and got.count('\n') > 2
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = self._EMPTY_LINE.sub(BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            kind, lines = self._diff(want.splitlines(keepends=True),
                                     got.splitlines(keepends=True), optionflags)
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual

    @staticmethod
    def _diff(want_lines, got_lines, optionflags):
        if optionflags & REPORT_UDIFF:
            # the first two lines are the file headers
            return ('unified diff with -expected +actual',
                    list(difflib.unified_diff(want_lines, got_lines, n=2))[2:])
        if optionflags & REPORT_CDIFF:
            return ('context diff with expected followed by actual',
                    list(difflib.context_diff(want_lines, got_lines, n=2))[2:])
        differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
        return 'ndiff with -expected +actual', list(differ.compare(want_lines, got_lines))


_BOOL_AS_INT = (("1\n", "True\n"), ("0\n", "False\n"))


class DocTestFailure(Exception):
    """Raised by DebugRunner for an example whose output differs (`test`, `example`, `got`)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner for an example that raised (`test`, `example`, `exc_info`)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it; the namespace is
    kept when it does."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- the entry points

master = None


def _merge_into_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples of module `m` (default: __main__), its functions and classes, and of its
    `__test__` dict. Returns TestResults(failed, attempted)."""
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError("testmod: module required; %r" % (module,))
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        module, module.__name__ if name is None else name, globs=globs, extraglobs=extraglobs)
    return _run_all(tests, verbose, optionflags, raise_on_error, report)


def _run_all(tests, verbose, optionflags, raise_on_error, report):
    """Runs `tests` with one runner, prints its summary when asked, and adds its counts to
    the module's `master` runner."""
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose,
                                                                optionflags=optionflags)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None,
             report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    """Runs the examples of a text file (relative to the calling module's folder unless
    `module_relative` is false). Returns TestResults(failed, attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _load_testfile(filename, package, module_relative, encoding or "utf-8")
    namespace = {} if globs is None else globs.copy()
    namespace.update(extraglobs or {})
    namespace.setdefault('__name__', '__main__')
    test = parser.get_doctest(text, namespace, os.path.basename(path) if name is None else name,
                              path, 0)
    return _run_all([test], verbose, optionflags, raise_on_error, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Runs the examples of `f`'s own docstring (nothing inside it) in `globs`."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    # no recursion: only `f`'s own docstring
    for test in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------- unittest

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCase uses when its own has none; returns the old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case: it fails with the doctest report as its message."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        old = sys.stdout
        report = StringIO()
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = old
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return "%s (%s)" % (parts[-1], '.'.join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    def _removeTestAtIndex(self, index):
        # the cases stay in the suite after running (they are few and hold their results)
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of `module` that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    if not tests and sys.flags.optimize >= 2:
        suite = _DocTestSuite()
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    doc, path = _load_testfile(path, package, module_relative, encoding or "utf-8")
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    test = parser.get_doctest(doc, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------- debugging

def script_from_examples(s):
    """The examples of `s` as a script: their sources as code, everything else as comments
    (expected output as '## ' lines after '# Expected:')."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines += ['## ' + line for line in piece.want.split('\n')[:-1]]
        else:
            lines += [_comment_line(line) for line in piece.split('\n')[:-1]]
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script of the examples of the docstring named `name` in `module`."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    matching = [t for t in tests if t.name == name]
    if not matching:
        raise ValueError(name, "not found in tests")
    return script_from_examples(matching[0].docstring)


def debug_src(src, pm=False, globs=None):
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    globs = globs.copy() if globs else {}
    if pm:
        try:
            exec(src, globs, globs)
        except:
            print(sys.exc_info()[1])
            debugger = pdb.Pdb(nosigint=True)
            debugger.reset()
            debugger.interaction(None, sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, globs, globs)


def debug(module, name, pm=False):
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


# ---------------------------------------------------------------- command line

def _test():
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append',
                        choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help=('specify a doctest option flag to apply'
                              ' to the test run; may be specified more'
                              ' than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this'
                              ' is a shorthand for -o FAIL_FAST, and is'
                              ' in addition to any other -o options)'))
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            # a module: imported from its folder
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=args.verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
