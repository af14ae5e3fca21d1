# unittest: the order of fixtures and cleanups (setUpModule, setUpClass, setUp, the test,
# tearDown, addCleanup in reverse, tearDownClass, tearDownModule, class and module cleanups),
# a failing setUpClass reported as an error of 'setUpClass (module.Class)', a skipped class,
# a failing setUp and cleanup, enterContext, assertRaises/assertWarns as context managers,
# TestSuite and TestLoader by name, FunctionTestCase, and the result's lists.
import unittest, io, sys, warnings, contextlib

events = []

def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "module cleanup")

def tearDownModule():
    events.append("tearDownModule")

class Ordered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(events.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_a(self):
        events.append("test_a")

    def test_b_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        events.append("caught " + type(cm.exception).__name__ + ": " + str(cm.exception))
        with self.assertRaisesRegex(ValueError, r"invalid literal"):
            int("x")
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        with self.assertWarns(DeprecationWarning) as w:
            warnings.warn("old api", DeprecationWarning)
        events.append("warned " + str(w.warning))

    def test_c_context(self):
        @contextlib.contextmanager
        def resource():
            events.append("enter resource")
            yield 42
            events.append("exit resource")
        events.append("got %d" % self.enterContext(resource()))

    def test_d_not_raised(self):
        with self.assertRaises(ValueError):
            pass

class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        events.append("never runs")

@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_x(self):
        events.append("never runs either")

class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(self.failing_cleanup)
        raise ValueError("setUp broke")

    def failing_cleanup(self):
        events.append("failing cleanup runs")
        raise OSError("cleanup broke")

    def test_it(self):
        events.append("never")

def plain_test():
    events.append("plain function")

loader = unittest.TestLoader()
suite = unittest.TestSuite()
module = sys.modules[__name__]
suite.addTests(loader.loadTestsFromNames(['Ordered', 'BrokenClass', 'SkippedClass', 'BadSetUp'], module))
suite.addTest(unittest.FunctionTestCase(plain_test))
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for e in events:
    print(e)
text = stream.getvalue()
print(text[:text.index("Ran ")])
print(result)
print([str(test) for test, _ in result.errors])
print([str(test) for test, _ in result.failures])
print([(str(test), reason) for test, reason in result.skipped])
print(loader.getTestCaseNames(Ordered))
print(repr(Ordered('test_a')), Ordered('test_a').id(), Ordered('test_a') == Ordered('test_a'))
try:
    Ordered('no_such_test')
except ValueError as e:
    print("ValueError", str(e).replace(__name__, 'MODULE'))
