"""TestCase, FunctionTestCase, the skip decorators and the assert* methods of pyheap's unittest.

Running one test is a sequence of parts: setUp, the test method, tearDown, then each cleanup
(last registered first). Every part runs inside an _Outcome's executor, a context manager that
catches what the part raises and files it: SkipTest becomes a skip, the failure exception a
failure, anything else an error, and while an expected failure is awaited the exception is kept
aside instead. A part that went wrong marks the outcome unsuccessful; the test is reported as a
success (or as an unexpected success, or as the expected failure kept aside) only when no part
went wrong. subTest runs its block as a part of its own, reported through addSubTest.

Failure messages follow CPython's text exactly: reprs shortened to 80 characters around their
common prefix (util), ndiff listings of pretty-printed containers and of split strings, cut to
maxDiff characters, and the caller's msg appended after ' : ' when longMessage is on.
"""

import collections
import contextlib
import difflib
import functools
import pprint
import re
import sys
import traceback
import types
import warnings

from . import result
from .util import (strclass, safe_repr, _count_diff_all_purpose, _count_diff_hashable,
                   _common_shorten_repr)

# Frames of modules holding this global are left out of the tracebacks the results print.
__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

# subTest()'s msg when none is given (None is a message a program may pass).
_NO_MESSAGE = object()


class SkipTest(Exception):
    """Raise this in a test or a fixture to skip the test; the argument is the reason."""


class _ShouldStop(Exception):
    """Internal: abandon the rest of a test (failfast inside a subtest, or an expected failure
    seen in one)."""


class _UnexpectedSuccess(Exception):
    """Internal: stands for an unexpected success given to a result that cannot record one."""


# ---------------------------------------------------------------------------------------------
# Reporting helpers

def _addSkip(result, test_case, reason):
    report = getattr(result, 'addSkip', None)
    if report is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test_case)
    else:
        report(test_case, reason)


def _addError(result, test, exc_info):
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _Outcome(object):
    """The state of one run: whether every part so far went well, and the exception of an
    expected failure once it happened."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.expecting_failure = False
        self.expectedFailure = None
        self.success = True

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        # The part starts clean; the outcome stays unsuccessful if it already was.
        earlier = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as skipped:
            self.success = False
            _addSkip(self.result, test_case, str(skipped))
        except _ShouldStop:
            pass
        except:
            caught = sys.exc_info()
            if self.expecting_failure:
                self.expectedFailure = caught
            else:
                self.success = False
                if subTest:
                    self.result.addSubTest(test_case.test_case, test_case, caught)
                else:
                    _addError(self.result, test_case, caught)
            caught = None     # no frame should keep the traceback alive
        else:
            if subTest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = self.success and earlier


# ---------------------------------------------------------------------------------------------
# Context managers entered on behalf of a test, a class or a module

def _enter_context(cm, addcleanup):
    # The protocol is looked up on the type, as the with statement does.
    kind = type(cm)
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    addcleanup(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register function(*args, **kwargs) to run after tearDownModule (also when setUpModule
    failed)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter cm now and leave it with the module cleanups; return what it entered."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, newest first; then re-raise the first exception any raised."""
    problems = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise problems[0]


# ---------------------------------------------------------------------------------------------
# Decorators

def skip(reason):
    """Mark a test function or a whole TestCase class as skipped. Usable bare (@skip)."""
    def mark(test_item):
        if not isinstance(test_item, type):
            # A function is replaced by one that raises, so that calling it directly skips too.
            original = test_item

            @functools.wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, types.FunctionType):
        target, reason = reason, ''
        return mark(target)
    return mark


def _unchanged(obj):
    return obj


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip the decorated test when condition is false."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test (or a class of tests) as expected to fail."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------------------------------------
# The context managers of assertRaises, assertWarns (and, in _log, assertLogs)

def _all_subclasses_of(expected, base):
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    """Shared by assertRaises and assertWarns: the expected type(s), an optional pattern the
    message must match, and the two ways of use (a with block, or a callable and its
    arguments)."""

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        try:
            if not _all_subclasses_of(self.expected, self._base_type):
                raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
            if not args:
                # With-statement use: only msg= may be given.
                self.msg = kwargs.pop('msg', None)
                if kwargs:
                    raise TypeError('%r is an invalid keyword argument for '
                                    'this function' % (next(iter(kwargs)),))
                return self
            function, *args = args
            try:
                self.obj_name = function.__name__
            except AttributeError:
                self.obj_name = str(function)
            with self:
                function(*args, **kwargs)
        finally:
            # The context must not outlive the call through this frame (reference cycles).
            self = None

    def _missing(self, verb):
        # "<Type> not raised", "<Type> not triggered by <callable>"...
        what = "%s not %s" % (_name_of(self.expected), verb)
        if self.obj_name:
            what += " by %s" % (self.obj_name,)
        self._raiseFailure(what)

    def _mismatch(self, text):
        self._raiseFailure('"{}" does not match "{}"'.format(self.expected_regex.pattern, text))


class _AssertRaisesContext(_AssertRaisesBaseContext):

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._missing("raised")
        else:
            traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False       # let an exception of another type through
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # A warning already shown once would be swallowed by the registries: empty them.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return          # the block raised: that goes on
        candidate = None
        for caught in self.warnings:
            message = caught.message
            if not isinstance(message, self.expected):
                continue
            if candidate is None:
                candidate = message
            if self.expected_regex is None or self.expected_regex.search(str(message)):
                self.warning = message
                self.filename = caught.filename
                self.lineno = caught.lineno
                return
        if candidate is not None:
            self._mismatch(str(candidate))
        self._missing("triggered")


class _OrderedChainMap(collections.ChainMap):
    """The parameters of nested subtests: iterating gives the outer ones first."""

    def __iter__(self):
        seen = set()
        for layer in self.maps:
            for key in layer:
                if key not in seen:
                    seen.add(key)
                    yield key


# ---------------------------------------------------------------------------------------------

class TestCase(object):
    """The base of tests: an instance runs one method, named when it is made ('runTest' by
    default), with setUp before and tearDown after.

    Class attributes a subclass may change: failureException (what the assert methods raise
    and what counts as a failure rather than an error), longMessage (keep the standard message
    when a msg is given) and maxDiff (longest diff shown; None for no limit)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    # Strings longer than this are compared without an ndiff (it would be too slow).
    _diffThreshold = 2 ** 16

    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # Every class has its own setUpClass state and class cleanups.
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        method = getattr(self, methodName, None)
        if method is None:
            # 'runTest' may be missing: such an instance is only used for its asserts.
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        # assertEqual hands two objects of one of these exact types to a specific method.
        self._type_equality_funcs = {}
        for kind, checker in ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                              (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                              (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual use function (or the method of that name) for two objects of
        exactly typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Run function(*args, **kwargs) after tearDown (also when setUp failed)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm and leave it as a cleanup; return what it entered."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Run function(*args, **kwargs) after tearDownClass (also when setUpClass failed)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enter cm and leave it as a class cleanup; return what it entered."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Hook run before each test method."

    def tearDown(self):
        "Hook run after each test method (when setUp succeeded)."

    @classmethod
    def setUpClass(cls):
        "Hook run once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Hook run once after the tests of the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring (None without one)."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    # -- identity ---------------------------------------------------------------------------

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return "%s (%s.%s)" % (name, strclass(self.__class__), name)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    # -- running ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """Run the with block as a subtest: a failure in it is reported with msg and params,
        and the test carries on after the block."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        outer = self._subtest
        if outer is None:
            layered = _OrderedChainMap(params)
        else:
            layered = outer.params.new_child(params)
        self._subtest = _SubTest(self, msg, layered)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if not outcome.success:
                res = outcome.result
                if res is not None and res.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # The failure that was expected happened: the rest of the test is moot.
                raise _ShouldStop
        finally:
            self._subtest = outer

    def _addExpectedFailure(self, result, exc_info):
        report = getattr(result, 'addExpectedFailure', None)
        if report is None:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            report(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        report = getattr(result, 'addUnexpectedSuccess', None)
        if report is not None:
            report(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                      RuntimeWarning)
        # Such a result only knows failures, which come with exc_info.
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _why_skipped(self, method):
        # The class's mark wins over the method's; None when neither is marked.
        marked = [holder for holder in (self.__class__, method)
                  if getattr(holder, '__unittest_skip__', False)]
        if not marked:
            return None
        return (getattr(self.__class__, '__unittest_skip_why__', '')
                or getattr(method, '__unittest_skip_why__', ''))

    def _expects_failure(self, method):
        return bool(getattr(self, '__unittest_expecting_failure__', False)
                    or getattr(method, '__unittest_expecting_failure__', False))

    def run(self, result=None):
        own_result = result is None
        if own_result:
            # A result of our own is a whole run by itself.
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._why_skipped(method)
            if why is not None:
                _addSkip(result, self, why)
                return result
            expecting_failure = self._expects_failure(method)
            self._outcome = outcome = _Outcome(result)
            try:
                # setUp; when it went well, the test method (where a failure may be the
                # expected one) and tearDown; the cleanups in any case.
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if not expecting_failure:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        self._addExpectedFailure(result, outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                # The kept exc_info would tie the test to its frames.
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_result:
                end = getattr(result, 'stopTestRun', None)
                if end is not None:
                    end()

    def doCleanups(self):
        """Run the cleanups, newest first; return False if any of them raised."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, newest first, keeping what they raise in
        cls.tearDown_exceptions."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test with no result, so that whatever it raises propagates."""
        method = getattr(self, self._testMethodName)
        why = self._why_skipped(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test now."""
        raise SkipTest(reason)

    # -- messages ---------------------------------------------------------------------------

    def fail(self, msg=None):
        """Fail the test now with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        # longMessage: the standard text, then ' : ' and the caller's text. Otherwise the
        # caller's text replaces the standard one.
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    # -- truth, identity, membership ------------------------------------------------------

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s'
                           % (safe_repr(member), safe_repr(container))))

    # -- exceptions, warnings, logs ---------------------------------------------------------

    def assertRaises(self, expected_exception, *args, **kwargs):
        """With a callable: call it with the remaining arguments and check that it raises
        expected_exception. Without: a context manager checking its block (its .exception is
        what was raised)."""
        context = _AssertRaisesContext(expected_exception, self)
        try:
            return context.handle('assertRaises', args, kwargs)
        finally:
            context = None      # no cycle through this frame

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Like assertRaises, for a warning (the context keeps .warning, .filename and
        .lineno)."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager: the block must log at least one record of level (INFO by
        default) or above through logger (the root logger by default). It gives an object
        with .records and .output ('LEVEL:name:message' lines)."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager: the block must log nothing at level or above through logger."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    # -- equality ---------------------------------------------------------------------------

    def _getAssertEqualityFunc(self, first, second):
        # Only two objects of the very same type get a type-specific comparison.
        if type(first) is type(second):
            specific = self._type_equality_funcs.get(type(first))
            if specific is not None:
                return getattr(self, specific) if isinstance(specific, str) else specific
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            raise self.failureException(self._formatMessage(msg, '%s != %s' % _common_shorten_repr(first, second)))

    def assertEqual(self, first, second, msg=None):
        """first == second, with a diff of the two in the message for the types that have
        one (list, tuple, dict, set, frozenset, str)."""
        checker = self._getAssertEqualityFunc(first, second)
        checker(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """first and second differ by at most delta, or by less than half a unit of the
        places-th decimal (7 by default): round(difference, places) == 0."""
        if first == second:
            return      # also for equal infinities
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        raise self.failureException(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The negation of assertAlmostEqual (equal objects always fail it)."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(gap, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first), safe_repr(second),
                                                      places)
        raise self.failureException(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Two sequences (of seq_type, when given) are equal; the message names the first
        differing element or the extra ones and shows the ndiff of their pretty-printed
        forms. (Written as one method: an exception raised by the items' __eq__, __len__
        or __repr__ shows the same frames as in CPython.)"""
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (ordinal, kind, safe_repr(seq)))
        sizes = []
        report = None
        for ordinal, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                report = '%s %s has no length.    Non-sequence?' % (ordinal, kind)
                break
        if report is None:
            if seq1 == seq2:
                return
            len1, len2 = sizes
            report = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                                 + _common_shorten_repr(seq1, seq2))
            for index in range(min(len1, len2)):
                try:
                    item1 = seq1[index]
                except (TypeError, IndexError, NotImplementedError):
                    report += '\nUnable to index element %d of first %s\n' % (index, kind)
                    break
                try:
                    item2 = seq2[index]
                except (TypeError, IndexError, NotImplementedError):
                    report += '\nUnable to index element %d of second %s\n' % (index, kind)
                    break
                if item1 != item2:
                    report += '\nFirst differing element %d:\n%s\n%s\n' % (
                        (index,) + _common_shorten_repr(item1, item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    # Equal items in sequences of different types: that is equal enough.
                    return
            if len1 != len2:
                longer, extra_at = ('First', len2) if len1 > len2 else ('Second', len1)
                seq = seq1 if len1 > len2 else seq2
                report += '\n%s %s contains %d additional elements.\n' % (
                    longer, kind, abs(len1 - len2))
                try:
                    report += 'First extra element %d:\n%s\n' % (extra_at,
                                                                  safe_repr(seq[extra_at]))
                except (TypeError, IndexError, NotImplementedError):
                    report += 'Unable to index element %d of %s %s\n' % (
                        extra_at, longer.lower(), kind)
        listing = difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                pprint.pformat(seq2).splitlines())
        standard = self._truncateMessage(report, '\n' + '\n'.join(listing))
        self.fail(self._formatMessage(msg, standard))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Two sets hold the same items; the message lists what each lacks."""
        only = []
        for ordinal, this, other in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(this.difference(other))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s' % (ordinal, e))
        if not (only[0] or only[1]):
            return
        lines = []
        for items, heading in ((only[0], 'Items in the first set but not the second:'),
                               (only[1], 'Items in the second set but not the first:')):
            if items:
                lines.append(heading)
                lines.extend(map(repr, items))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        listing = difflib.ndiff(pprint.pformat(d1).splitlines(), pprint.pformat(d2).splitlines())
        standard = self._truncateMessage('%s != %s' % _common_shorten_repr(d1, d2),
                                         '\n' + '\n'.join(listing))
        self.fail(self._formatMessage(msg, standard))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: every key of subset is in dictionary with the same value."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = [key for key in subset if key not in dictionary]
        mismatched = ['%s, expected: %s, actual: %s'
                      % (safe_repr(key), safe_repr(value), safe_repr(dictionary[key]))
                      for key, value in subset.items()
                      if key in dictionary and value != dictionary[key]]
        if not (missing or mismatched):
            return
        parts = []
        if missing:
            parts.append('Missing: %s' % ','.join(safe_repr(key) for key in missing))
        if mismatched:
            parts.append('Mismatched values: %s' % ','.join(mismatched))
        self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """The two iterables hold the same items the same number of times, in any order."""
        first_items, second_items = list(first), list(second)
        try:
            counted = collections.Counter(first_items) == collections.Counter(second_items)
        except TypeError:
            # Unhashable items: counted by equality, slowly.
            differences = _count_diff_all_purpose(first_items, second_items)
        else:
            if counted:
                return
            differences = _count_diff_hashable(first_items, second_items)
        if differences:
            lines = ['First has %d, Second has %d:  %r' % entry for entry in differences]
            standard = self._truncateMessage('Element counts were not equal:\n', '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Two strings are equal; the message holds the ndiff of their lines."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        left = first.splitlines(keepends=True)
        right = second.splitlines(keepends=True)
        if len(left) == 1 and first.strip('\r\n') == first:
            # One line without an end: give both a newline so ndiff's '?' hints line up.
            left, right = [first + '\n'], [second + '\n']
        standard = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(left, right))
        self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    # -- ordering ---------------------------------------------------------------------------

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s'
                           % (safe_repr(a), safe_repr(b))))

    # -- regular expressions ----------------------------------------------------------------

    def assertRegex(self, text, expected_regex, msg=None):
        """expected_regex (a pattern or its text) matches somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            raise self.failureException(self._formatMessage(msg, "Regex didn't match: %r not found in %r"
                           % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """unexpected_regex matches nowhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            raise self.failureException(self._formatMessage(msg, 'Regex matched: %r matches %r in %r'
                           % (found.group(0), unexpected_regex.pattern, text)))

    # -- old names, kept with a DeprecationWarning -----------------------------------------

    def _deprecate(original_func):
        def deprecated_func(*args, **kwargs):
            warnings.warn('Please use {0} instead.'.format(original_func.__name__),
                          DeprecationWarning, 2)
            return original_func(*args, **kwargs)
        return deprecated_func

    failUnlessEqual = assertEquals = _deprecate(assertEqual)
    failIfEqual = assertNotEquals = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecate(assertNotAlmostEqual)
    failUnless = assert_ = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    assertRaisesRegexp = _deprecate(assertRaisesRegex)
    assertRegexpMatches = _deprecate(assertRegex)
    assertNotRegexpMatches = _deprecate(assertNotRegex)


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional set-up and tear-down functions and a
    description."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """What a failing subTest block is reported as: its test, its message and parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        words = []
        if self._message is not _NO_MESSAGE:
            words.append("[%s]" % (self._message,))
        if self.params:
            shown = ", ".join("%s=%r" % pair for pair in self.params.items())
            words.append("(%s)" % shown)
        return " ".join(words) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())
