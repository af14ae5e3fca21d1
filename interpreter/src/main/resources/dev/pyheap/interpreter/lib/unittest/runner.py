"""TextTestRunner and TextTestResult: a run reported on a text stream, in CPython's layout.

While the tests run, each outcome is shown as it arrives: one character per test at verbosity
1 ('.', 'F', 'E', 's', 'x', 'u'), or at verbosity 2 and more a line per test, its description
then ' ... ' then the status word (a subtest's status on a line of its own, indented). After
the run come the errors and failures with their tracebacks between separator lines, the
'Ran N tests in T.TTTs' line (time.perf_counter, looked up at each run) and the verdict with
its counts.
"""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """Wraps a stream and adds writeln(); everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # Without this, copy and pickle would recurse looking for these on a half-made object.
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that writes each outcome to its stream as it comes."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        """str(test), and the first line of its docstring under it when descriptions are on."""
        doc_line = test.shortDescription()
        if doc_line and self.descriptions:
            return "%s\n%s" % (test, doc_line)
        return str(test)

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + " ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # The status normally completes the line startTest began; a subtest's status, or one
        # that comes after that line was ended, repeats the description on a new line.
        subtest = isinstance(test, _SubTest)
        if subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test) + " ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _show(self, test, word, letter):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._show(subtest, "FAIL" if failed else "ERROR", 'F' if failed else 'E')
        super(TextTestResult, self).addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        self._show(test, "ok", '.')

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        self._show(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        self._show(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        self._show(test, "skipped %r" % (reason,), 's')

    # These two write their word straight after ' ... ' (CPython does not go through the
    # status line logic for them).
    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        self._show_plain("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        self._show_plain("unexpected success", "u")

    def _show_plain(self, word, letter):
        if self.showAll:
            self.stream.writeln(word)
        elif self.dots:
            self.stream.write(letter)
        else:
            return
        self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % (self.getDescription(test),))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            for line in (self.separator1, "%s: %s" % (flavour, self.getDescription(test)),
                         self.separator2, "%s" % (text,)):
                self.stream.writeln(line)
            self.stream.flush()


def _counts(result):
    """The parenthesised counts of the verdict line, in CPython's order."""
    parts = []
    if not result.wasSuccessful():
        for label, found in (("failures", result.failures), ("errors", result.errors)):
            if found:
                parts.append("%s=%d" % (label, len(found)))
    try:
        extra = (("skipped", len(result.skipped)),
                 ("expected failures", len(result.expectedFailures)),
                 ("unexpected successes", len(result.unexpectedSuccesses)))
    except AttributeError:
        extra = ()      # a result class without these lists
    parts.extend("%s=%d" % (label, count) for label, count in extra if count)
    return parts


class TextTestRunner(object):
    """Runs a test (or suite) with a result of resultclass writing on stream (sys.stderr by
    default), then writes the errors and the summary."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        registerResult(result)
        result.failfast, result.buffer = self.failfast, self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            # Filters set here go away with the block.
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # The old assert* aliases would warn at every call: once per module will do.
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            started = time.perf_counter()
            begin = getattr(result, 'startTestRun', None)
            if begin is not None:
                begin()
            try:
                test(result)
            finally:
                end = getattr(result, 'stopTestRun', None)
                if end is not None:
                    end()
            elapsed = time.perf_counter() - started
        result.printErrors()
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln("Ran %d test%s in %.3fs" % (count, "" if count == 1 else "s", elapsed))
        out.writeln()
        verdict = "OK" if result.wasSuccessful() else "FAILED"
        counts = _counts(result)
        if counts:
            out.writeln("%s (%s)" % (verdict, ", ".join(counts)))
        else:
            out.write(verdict + "\n")
        out.flush()
        return result
