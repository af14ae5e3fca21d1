# unittest beyond the runner's common paths: the loader by name (module, class, method, a
# suite-returning callable, bad names becoming failing tests), method prefixes and sort order,
# TestSuite's count/iteration/debug, main(exit=False) with test names in argv, failfast,
# buffer=True (captured output shown with a failure), the assertRaises/assertWarns/
# assertAlmostEqual/assertTrue messages, longMessage off, class-level skips and expected
# failures, errors in tearDownClass/setUpModule-like fixtures and in cleanups, subTest with
# failfast, TestCase identity (==, hash, str, repr, id) and FunctionTestCase.
import io
import sys
import unittest
import unittest.runner
import warnings

unittest.runner.time.perf_counter = lambda: 0.0


class Sample(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        print("out of test_a")

    def check_c(self):
        pass

    def test_fails(self):
        print("captured before failing")
        sys.stderr.write("err text\n")
        self.fail("boom")


def make_suite():
    return unittest.TestSuite([Sample('test_a')])


def run(target, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(target)
    print(stream.getvalue(), end="")
    print("==", result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          result.wasSuccessful(), result.shouldStop)
    return result


module = sys.modules[__name__]
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
for name in ['Sample', 'Sample.test_b', 'make_suite', 'Sample.nope', 'Nothing', 'run']:
    try:
        suite = loader.loadTestsFromName(name, module)
        print(name, '->', suite.countTestCases(), [t.id() for t in suite])
    except Exception as e:
        print(name, '->', type(e).__name__, e)
bad = loader.loadTestsFromName('no_such_module_xyz')
print(loader.errors[-1].splitlines()[-1] if loader.errors else None, bad.countTestCases())
names = loader.loadTestsFromNames(['Sample.test_a', 'Sample.test_b'], module)
print(names.countTestCases(), list(names)[0].countTestCases())
print(loader.loadTestsFromTestCase(Sample).countTestCases(), loader.loadTestsFromModule(module).countTestCases())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError', e)

run(unittest.TestSuite([Sample('test_fails'), Sample('test_b')]), verbosity=2, failfast=True)
run(unittest.TestSuite([Sample('test_a'), Sample('test_fails')]), buffer=True)

t1, t2 = Sample('test_a'), Sample('test_a')
print(t1 == t2, hash(t1) == hash(t2), t1 == Sample('test_b'), str(t1), repr(t1), t1.id(), t1.countTestCases())
try:
    Sample('missing')
except ValueError as e:
    print('ValueError', e)
ft = unittest.FunctionTestCase(lambda: None, description="a lambda test")
print(str(ft).startswith('unittest.case.FunctionTestCase ('), ft.shortDescription(), ft.id())


def plain():
    """Docstring line one.

    more"""
    assert False, "plain failed"


run(unittest.FunctionTestCase(plain), verbosity=2)


class Messages(unittest.TestCase):
    def test_raises(self):
        self.assertRaises(KeyError, lambda: None)

    def test_raises_by(self):
        def quiet():
            pass
        self.assertRaises(ValueError, quiet)

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r"^\d+$"):
            raise ValueError("abc")

    def test_warns(self):
        with self.assertWarns(UserWarning):
            pass

    def test_warns_regex(self):
        with self.assertWarnsRegex(UserWarning, "xyz"):
            warnings.warn("abc", UserWarning)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_places(self):
        self.assertAlmostEqual(1.0, 1.001, places=4, msg="close enough?")

    def test_almost_delta(self):
        self.assertAlmostEqual(10, 13, delta=2)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.0 + 1e-9)

    def test_not_almost_delta(self):
        self.assertNotAlmostEqual(5, 6, delta=2)

    def test_true(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_short(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only mine")

    def test_not_equal(self):
        self.assertNotEqual([1], [1])

    def test_seq_type(self):
        self.assertSequenceEqual([1], (1,), seq_type=list)

    def test_regex(self):
        self.assertRegex("hello", "^x")

    def test_not_regex(self):
        self.assertNotRegex("hello", "l+")

    def test_count(self):
        self.assertCountEqual([1, 2, 2, [3]], [2, 1, [3], [3]])


try:
    Messages('test_true').assertRaises(3, lambda: None)
except TypeError as e:
    print('TypeError', e)
try:
    Messages('test_true').assertRaises(KeyError, lambda: None, bogus=1)
except TypeError as e:
    print('TypeError', e)
with Messages('test_true').assertRaises(KeyError) as cm:
    {}['k']
print(repr(cm.exception), cm.exception.__traceback__)
res = run(unittest.defaultTestLoader.loadTestsFromTestCase(Messages))
for test, text in res.failures + res.errors:
    print(test.id().split('.')[-1], '|', text.strip().splitlines()[-1])


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("never")

    def test_one(self):
        pass


@unittest.expectedFailure
class KnownBad(unittest.TestCase):
    def test_x(self):
        self.assertEqual(1, 2)


class BrokenTeardownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError("teardown class broke")

    def test_ok(self):
        self.addCleanup(self.fail, "cleanup failed")
        self.addCleanup(lambda: 1 / 0)


class SubFail(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 1)


suite = unittest.TestSuite()
for cls in (Skipped, KnownBad, BrokenTeardownClass, SubFail):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
res = run(suite, verbosity=2)
res = run(loader.loadTestsFromTestCase(SubFail), failfast=True)

debug = unittest.TestSuite([Sample('test_fails')])
try:
    debug.debug()
except AssertionError as e:
    print('debug raised', e)

out = io.StringIO()
old = sys.stderr
sys.stderr = out
try:
    prog = unittest.main(module=__name__, argv=['prog', '-q', 'Sample.test_b', 'SubFail'], exit=False)
finally:
    sys.stderr = old
print(out.getvalue(), end="")
print(type(prog.result).__name__, prog.result.testsRun, prog.result.wasSuccessful())
