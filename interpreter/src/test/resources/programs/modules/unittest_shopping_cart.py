# A shopping-cart test suite run the way CI scripts run it: a TextTestRunner writing to a
# StringIO at verbosity 2, with passes, failures (assertEqual diffs of lists, dicts and long
# strings, assertIn, assertRaises with context, assertAlmostEqual), errors, skips, expected
# failures, unexpected successes, subTest failures, setUp/tearDown and class fixtures, then the
# result's counts; the timing line masked.
import io
import re
import unittest

class Cart:
    def __init__(self):
        self.items = {}
    def add(self, name, price, qty=1):
        if qty <= 0:
            raise ValueError("qty must be positive")
        self.items[name] = self.items.get(name, (price, 0))[0], self.items.get(name, (price, 0))[1] + qty
    def total(self):
        return round(sum(p * q for p, q in self.items.values()), 2)

class CartTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def setUp(self):
        self.cart = Cart()
        self.cart.add("apple", 0.5, 4)
    def test_total(self):
        self.assertEqual(self.cart.total(), 2.0)
    def test_add_twice(self):
        self.cart.add("apple", 0.5)
        self.assertEqual(self.cart.items["apple"], (0.5, 5))
    def test_bad_qty(self):
        with self.assertRaises(ValueError) as cm:
            self.cart.add("pear", 1.0, 0)
        self.assertEqual(str(cm.exception), "qty must be positive")
    def test_list_diff(self):
        self.assertEqual(sorted(self.cart.items) + ["x"], ["apple", "y"])
    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})
    def test_long_string(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")
    def test_in(self):
        self.assertIn("banana", self.cart.items, "fruit missing")
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.31, places=3)
    def test_error(self):
        self.cart.items["bad"] = None
        self.cart.total()
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)
    def test_raises_regex(self):
        self.assertRaisesRegex(ValueError, r"qty \w+", self.cart.add, "x", 1, -1)
    def test_is_none(self):
        self.assertIsNone(self.cart.items.get("apple"))
    def test_count_equal(self):
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 1])

class Plain(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)
    def test_greater(self):
        self.assertGreater(1, 2)

stream = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(CartTests), loader.loadTestsFromTestCase(Plain)])
print(suite.countTestCases(), loader.getTestCaseNames(Plain))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in TIME", stream.getvalue())
print(text.replace(__file__, "FILE"))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print([t.id().split(".")[-1] for t, _ in result.failures][:4], result.skipped[0][1])
stream2 = io.StringIO()
r2 = unittest.TextTestRunner(stream=stream2, verbosity=1).run(loader.loadTestsFromTestCase(Plain))
print(re.sub(r"in [\d.]+s", "in TIME", stream2.getvalue()).replace(__file__, "FILE"))
