"""TestResult: the record of a run.

A result counts the tests started and files every outcome: failures and errors as (test,
formatted traceback) pairs, skips as (test, reason), expected failures, unexpected successes.
The tracebacks it formats leave out unittest's own frames: the frames the test was called
through, and for a failure the assert* frames below the test's own code (a frame belongs to
unittest when its module has a global named __unittest). With buffer on, sys.stdout and
sys.stderr are swapped for StringIO buffers during each test; what a failing or erroring test
wrote is then written out after its outcome and added to its traceback text.
"""

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Decorator of the add* methods that stop the run when failfast is on."""
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


def _captured_text(stream, header):
    # What a buffer holds, ending with a newline, under its header; '' when it is empty.
    text = stream.getvalue()
    if not text:
        return ''
    if not text.endswith('\n'):
        text += '\n'
    return header % text


class TestResult(object):
    """Collects the outcomes of the tests it is given; the runner decides what to print."""

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
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    # -- the run's and each test's boundaries -----------------------------------------------

    def printErrors(self):
        "Hook for the runner to print the errors after the run."

    def startTestRun(self):
        "Called once before any test runs."

    def stopTestRun(self):
        "Called once after all the tests ran."

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            self._stderr_buffer, self._stdout_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # The test went wrong: show what it wrote, each stream on its own.
            for current, original, header in ((sys.stdout, self._original_stdout, STDOUT_LINE),
                                              (sys.stderr, self._original_stderr, STDERR_LINE)):
                shown = _captured_text(current, header)
                if shown:
                    original.write(shown)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for held in (self._stdout_buffer, self._stderr_buffer):
            held.seek(0)
            held.truncate()

    # -- outcomes ---------------------------------------------------------------------------

    @failfast
    def addError(self, test, err):
        """err is the sys.exc_info() triple of an exception other than a failure."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """err is the sys.exc_info() triple of the test's failureException."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended: err is None when it passed (nothing is recorded then)."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        bucket = self.failures if issubclass(err[0], test.failureException) else self.errors
        bucket.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        "A test passed: nothing is kept."

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """No failures, no errors and no unexpected successes."""
        return not (self.failures or self.errors or
                    (hasattr(self, 'unexpectedSuccesses') and self.unexpectedSuccesses))

    def stop(self):
        """Ask the run to end after the current test."""
        self.shouldStop = True

    # -- formatting -------------------------------------------------------------------------

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        text = ''.join(traceback.TracebackException(
            exctype, value, tb, capture_locals=self.tb_locals, compact=True).format())
        if self.buffer:
            text += _captured_text(sys.stdout, STDOUT_LINE) + _captured_text(sys.stderr,
                                                                             STDERR_LINE)
        return text

    def _clean_tracebacks(self, exctype, value, tb, test):
        # The exception and every exception chained to it (cause or context, each once) get
        # their tracebacks trimmed; the first one's trimmed traceback is returned.
        trimmed_first = None
        pending = [(exctype, value, tb)]
        visited = {id(value)}
        first = True
        while pending:
            exctype, value, tb = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                trimmed_first, first = tb, False
            else:
                value.__traceback__ = tb
            if value is None:
                continue
            for linked in (value.__cause__, value.__context__):
                if linked is not None and id(linked) not in visited:
                    pending.append((type(linked), linked, linked.__traceback__))
                    visited.add(id(linked))
        return trimmed_first

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        # Cut the traceback after the last frame that is not unittest's.
        keep = None
        while tb and not self._is_relevant_tb_level(tb):
            keep, tb = tb, tb.tb_next
        if keep is not None:
            keep.tb_next = None

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
