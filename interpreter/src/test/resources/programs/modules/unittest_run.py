# unittest run programmatically with verbosity 2: passes, failures, errors, skips, expected failures, subTests.
import unittest, sys

def slugify(text):
    return "-".join(text.lower().split())

class SlugTests(unittest.TestCase):
    def setUp(self):
        self.cases = {"Hello World": "hello-world", "  a  b ": "a-b"}

    def test_cases(self):
        for src, want in self.cases.items():
            with self.subTest(src=src):
                self.assertEqual(slugify(src), want)

    def test_wrong_expectation(self):
        self.assertEqual(slugify("Mixed CASE"), "Mixed-Case")

    def test_raises(self):
        with self.assertRaises(AttributeError):
            slugify(None)
        with self.assertRaisesRegex(TypeError, "argument"):
            len()

    def test_error(self):
        return {}["missing"]

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_subtests_fail(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_containers(self):
        self.assertIn(3, [1, 2, 3])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

class ListDiff(unittest.TestCase):
    maxDiff = None
    def test_list(self):
        self.assertListEqual([1, 2, 3, 4], [1, 2, 5, 4])
    def test_multiline(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")

suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(SlugTests))
suite.addTests(loader.loadTestsFromTestCase(ListDiff))
print("tests:", suite.countTestCases())
import io, re
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
sys.stderr.write(re.sub(r"in \d+\.\d+s", "in <time>", stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
for test, tb in result.failures:
    print("FAIL:", test.id(), tb.strip().splitlines()[-1])
