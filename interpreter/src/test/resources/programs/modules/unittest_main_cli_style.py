# A test module run the way scripts end: unittest.main(argv=..., exit=False) writing its report to stderr, then a second run with -v and a pattern -k, then setUpClass/tearDownClass/addCleanup ordering, then unittest.main's SystemExit code.
import re
import sys
import unittest

class Scrubbed:
    """stderr without the run's duration (the only line that changes between runs)."""
    def write(self, text):
        return sys.stderr.write(re.sub(r"in \d+\.\d+s", "in X.XXXs", text))
    def flush(self):
        sys.stderr.flush()

class ScrubbedRunner(unittest.TextTestRunner):
    def __init__(self, **kw):
        super().__init__(stream=Scrubbed(), **kw)

order = []

class Slugify(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        order.append("setUpClass")
    @classmethod
    def tearDownClass(cls):
        order.append("tearDownClass")
    def setUp(self):
        self.addCleanup(order.append, f"cleanup {self._testMethodName}")
    def slug(self, s):
        return "-".join(s.lower().split())
    def test_simple(self):
        self.assertEqual(self.slug("Hello World"), "hello-world")
    def test_spaces(self):
        self.assertEqual(self.slug("  a   b "), "a-b")
    def test_unicode(self):
        self.assertEqual(self.slug("Ünïcode Text"), "ünïcode-text")
    def test_wrong(self):
        self.assertEqual(self.slug("A_B"), "a-b")
    def test_multiline_diff(self):
        self.assertEqual("line1\nline2\nline3\n", "line1\nLINE2\nline3\n")
    def test_list_diff(self):
        self.assertListEqual([1, 2, 3, 4], [1, 2, 5, 4, 6])
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3, places=10)
        self.assertAlmostEqual(1.0, 1.1, delta=0.05)

class Errors(unittest.TestCase):
    def test_raises_wrong_type(self):
        with self.assertRaises(KeyError):
            raise ValueError("not a key error")
    def test_not_raised(self):
        with self.assertRaises(ZeroDivisionError):
            pass
    def test_setup_error(self):
        self.fail("explicit failure message")

prog = unittest.main(argv=["prog"], exit=False, testRunner=ScrubbedRunner())
print("result:", prog.result.testsRun, len(prog.result.failures), len(prog.result.errors))
print(order); order.clear()
prog = unittest.main(argv=["prog", "-v", "-k", "simple", "-k", "not_raised"], exit=False, testRunner=ScrubbedRunner)
print("filtered run:", prog.result.testsRun, prog.result.wasSuccessful())
print(order)
sys.stdout.flush()
unittest.main(argv=["prog", "-q", "Slugify.test_simple", "Errors.test_not_raised"], testRunner=ScrubbedRunner)
