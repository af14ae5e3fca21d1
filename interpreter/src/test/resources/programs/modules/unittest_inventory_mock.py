# An inventory service tested with unittest run programmatically: failures and errors with tracebacks, subTest, skip, expectedFailure, mock.patch/MagicMock/call_args
import io
import unittest
from unittest import mock

class Inventory:
    def __init__(self, store):
        self.store = store

    def restock(self, sku, n):
        if n <= 0:
            raise ValueError(f"bad quantity {n}")
        current = self.store.get(sku) or 0
        self.store.put(sku, current + n)
        return current + n

    def price(self, sku):
        return round(self.store.lookup_price(sku) * 1.2, 2)

def now_label():
    import time
    return time.strftime("%Y")

class InventoryTest(unittest.TestCase):
    def setUp(self):
        self.store = mock.MagicMock()
        self.store.get.return_value = 5
        self.inv = Inventory(self.store)

    def test_restock_adds(self):
        self.assertEqual(self.inv.restock("a", 3), 8)
        self.store.put.assert_called_once_with("a", 8)
        print("call_args:", self.store.put.call_args, self.store.put.call_args.args)
        print("mock_calls:", self.store.mock_calls)

    def test_restock_rejects(self):
        with self.assertRaisesRegex(ValueError, r"bad quantity -1"):
            self.inv.restock("a", -1)

    def test_price_subtests(self):
        for cost, want in [(1.0, 1.2), (2.5, 3.0), (10, 11.0)]:
            with self.subTest(cost=cost):
                self.store.lookup_price.return_value = cost
                self.assertEqual(self.inv.price("x"), want)

    def test_error(self):
        self.inv.restock("zz", 1)
        {}["missing-" + "sku"]

    def test_fails_message(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}, "stock differs")

    @unittest.skip("not implemented")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertIn("z", ["a", "b"])

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)

    @mock.patch("time.strftime", return_value="1999")
    def test_patch(self, fake):
        self.assertEqual(now_label(), "1999")
        fake.assert_called_once_with("%Y")

    def test_patch_object_and_sentinel(self):
        with mock.patch.object(Inventory, "price", autospec=True) as p:
            p.return_value = mock.sentinel.price
            self.assertIs(self.inv.price("q"), mock.sentinel.price)
            p.assert_called_with(self.inv, "q")
        m = mock.Mock(spec=["get"])
        with self.assertRaises(AttributeError):
            m.put
        self.assertEqual(mock.call(1, x=2), mock.call(1, x=2))

stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(InventoryTest)
print("tests:", suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = stream.getvalue()
import re
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)
print(text)
print("wasSuccessful:", result.wasSuccessful(), "failures:", len(result.failures), "errors:", len(result.errors),
      "skipped:", result.skipped, "expectedFailures:", len(result.expectedFailures),
      "unexpectedSuccesses:", [t.id() for t in result.unexpectedSuccesses])
