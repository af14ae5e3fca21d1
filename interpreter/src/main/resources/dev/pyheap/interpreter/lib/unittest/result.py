"""TestResult: what a run collects (failures, errors, skips, expected failures, unexpected
successes, the count), the buffering of output, and tracebacks cut to the test's own frames."""

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult(object):
    """Holds the outcome of the tests run: failures and errors as (test, formatted traceback)."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # a test that failed shows what it printed
            for captured, original, header in ((sys.stdout, self._original_stdout, STDOUT_LINE),
                                               (sys.stderr, self._original_stderr, STDERR_LINE)):
                text = captured.getvalue()
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    original.write(header % text)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        kind = self.failures if issubclass(err[0], test.failureException) else self.errors
        kind.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        formatted = traceback.TracebackException(exctype, value, tb, capture_locals=self.tb_locals,
                                                 compact=True)
        lines = list(formatted.format())
        if self.buffer:
            for captured, header in ((sys.stdout, STDOUT_LINE), (sys.stderr, STDERR_LINE)):
                text = captured.getvalue()
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    lines.append(header % text)
        return ''.join(lines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # The frames of unittest itself (modules with a global __unittest) are dropped: those the
        # test was called through, and for a failure the assert* frames it raised in; the same for
        # the exceptions chained to it.
        result = None
        first = True
        todo = [(exctype, value, tb)]
        seen = {id(value)}
        while todo:
            exctype, value, tb = todo.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                result = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for chained in (value.__cause__, value.__context__):
                    if chained is not None and id(chained) not in seen:
                        todo.append((type(chained), chained, chained.__traceback__))
                        seen.add(id(chained))
        return result

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        last_own = None
        while tb and not self._is_relevant_tb_level(tb):
            last_own = tb
            tb = tb.tb_next
        if last_own is not None:
            last_own.tb_next = None

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (util.strclass(self.__class__), self.testsRun,
                                                      len(self.errors), len(self.failures))
