"""BaseTestSuite and TestSuite: tests (cases or nested suites) run in order.

A TestSuite also runs the fixtures that belong to classes and modules. The result object
remembers the class of the last test case run (_previousTestClass) and whether the current
module's setUpModule failed (_moduleSetUpFailed); before each test case the suite compares the
case's class and module with that memory: a new class ends the previous one (tearDownClass,
class cleanups) and starts its own (setUpClass), a new module does the same with
tearDownModule/setUpModule and the module cleanups. The outermost suite of a run (the one that
set result._testRunEntered) closes the last class and module once its tests are done. A
fixture that raises is reported as an error of a stand-in test named after it, e.g.
'setUpClass (module.Class)'.
"""

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    hook = getattr(parent, attr, None)
    if hook is not None:
        hook()


class _FixtureOutput:
    """Around a fixture: the result's output capture (buffer mode) on, then off again.
    A plain class rather than a generator, so that no frame of its own shows in the
    traceback of an exception passing through (TestSuite.debug)."""

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        _call_if_exists(self.result, '_setupStdout')

    def __exit__(self, *exc_info):
        _call_if_exists(self.result, '_restoreStdout')
        return False


def _debugging(result):
    # Under TestSuite.debug() a fixture's exception propagates instead of being reported.
    return isinstance(result, _DebugResult)


class BaseTestSuite(object):
    """Runs its tests one after the other; a test that has run is dropped from the suite (its
    count is kept), so that its objects can be freed."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            return      # a subclass whose _tests cannot be indexed keeps its tests
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result, letting their exceptions out."""
        for test in self:
            test.debug()


def _isnotsuite(test):
    # Anything iterable is taken for a suite.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class TestSuite(BaseTestSuite):
    """A suite that runs the class and module fixtures around its test cases."""

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue        # its fixture failed: the test is not run
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    # -- reporting a fixture's exception ---------------------------------------------------

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        # Called while the exception is being handled, so that sys.exc_info() is it.
        stand_in = _ErrorHolder(errorName)
        report_skip = getattr(result, 'addSkip', None)
        if report_skip is not None and isinstance(exception, case.SkipTest):
            report_skip(stand_in, str(exception))
        else:
            result.addError(stand_in, info or sys.exc_info())

    def _report_class_cleanups(self, result, klass, label):
        for exc_info in klass.tearDown_exceptions:
            if _debugging(result):
                raise exc_info[1]
            self._createClassOrModuleLevelException(result, exc_info[1], label,
                                                    util.strclass(klass), info=exc_info)

    # -- class fixtures ---------------------------------------------------------------------

    def _handleClassSetUp(self, test, result):
        klass = test.__class__
        if klass == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(klass, '__unittest_skip__', False):
            return
        try:
            klass._classSetupFailed = False
        except TypeError:
            pass        # a class that refuses new attributes (a built-in type)
        setUpClass = getattr(klass, 'setUpClass', None)
        if setUpClass is None:
            return
        cleanups = getattr(klass, 'doClassCleanups', None)
        with _FixtureOutput(result):
            failed = False
            try:
                setUpClass()
            except Exception as e:
                if _debugging(result):
                    raise
                failed = True
                try:
                    klass._classSetupFailed = True
                except TypeError:
                    pass
                self._createClassOrModuleLevelException(result, e, 'setUpClass',
                                                        util.strclass(klass))
            # The cleanups registered before the failure run now (tearDownClass will not),
            # outside the except clause so that their own exceptions are not chained to it.
            if failed and cleanups is not None:
                cleanups()
                self._report_class_cleanups(result, klass, 'setUpClass')

    def _tearDownPreviousClass(self, test, result):
        finished = getattr(result, '_previousTestClass', None)
        if finished is None or test.__class__ == finished:
            return
        if (getattr(finished, '_classSetupFailed', False) or
                getattr(result, '_moduleSetUpFailed', False) or
                getattr(finished, '__unittest_skip__', False)):
            return
        tearDownClass = getattr(finished, 'tearDownClass', None)
        cleanups = getattr(finished, 'doClassCleanups', None)
        if tearDownClass is None and cleanups is None:
            return
        with _FixtureOutput(result):
            if tearDownClass is not None:
                try:
                    tearDownClass()
                except Exception as e:
                    if _debugging(result):
                        raise
                    self._createClassOrModuleLevelException(result, e, 'tearDownClass',
                                                            util.strclass(finished))
            if cleanups is not None:
                cleanups()
                self._report_class_cleanups(result, finished, 'tearDownClass')

    # -- module fixtures --------------------------------------------------------------------

    def _get_previous_module(self, result):
        earlier = getattr(result, '_previousTestClass', None)
        return None if earlier is None else earlier.__module__

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        setUpModule = getattr(module, 'setUpModule', None) if module is not None else None
        if setUpModule is None:
            return
        with _FixtureOutput(result):
            try:
                setUpModule()
            except Exception as e:
                if _debugging(result):
                    raise
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(result, e, 'setUpModule', name)
            if result._moduleSetUpFailed:
                try:
                    case.doModuleCleanups()
                except Exception as e:
                    self._createClassOrModuleLevelException(result, e, 'setUpModule', name)

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        with _FixtureOutput(result):
            tearDownModule = getattr(module, 'tearDownModule', None)
            if tearDownModule is not None:
                try:
                    tearDownModule()
                except Exception as e:
                    if _debugging(result):
                        raise
                    self._createClassOrModuleLevelException(result, e, 'tearDownModule', name)
            try:
                case.doModuleCleanups()
            except Exception as e:
                if _debugging(result):
                    raise
                self._createClassOrModuleLevelException(result, e, 'tearDownModule', name)


class _ErrorHolder(object):
    """The stand-in test under which a failed fixture is reported; it never runs."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class _DebugResult(object):
    """The result of TestSuite.debug(): only the state the fixture handling reads."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
