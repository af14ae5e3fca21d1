# unittest run programmatically: TextTestRunner to a stream with verbosity 2, failures and errors with their tracebacks, subTest, skip, expectedFailure, mock.patch and call_args.
import io
import sys
import unittest
from unittest import mock

class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance -= amount
        return self.balance
    def notify(self, mailer):
        return mailer.send(self.owner, f"balance {self.balance}")

def fetch_rate(currency):
    raise ConnectionError("no network in tests")

def convert(amount, currency):
    return round(amount * fetch_rate(currency), 2)

class AccountTests(unittest.TestCase):
    def setUp(self):
        self.acct = Account("ann", 100)
    def test_deposit(self):
        self.assertEqual(self.acct.deposit(50), 150)
    def test_deposit_rejects(self):
        for bad in (0, -1, -100):
            with self.subTest(amount=bad):
                with self.assertRaises(ValueError):
                    self.acct.deposit(bad)
    def test_withdraw_values(self):
        for amount, expected in ((10, 90), (50, 50), (200, -100)):
            with self.subTest(amount=amount):
                self.assertEqual(Account("x", 100).withdraw(amount), expected)
    def test_broken(self):
        self.assertEqual(self.acct.balance, 101, "balance drifted")
    def test_error(self):
        self.acct.withdraw(1000)
    @unittest.skip("not implemented yet")
    def test_interest(self):
        pass
    @unittest.skipIf(sys.version_info >= (3, 0), "py2 only")
    def test_py2(self):
        pass
    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertIn("bob", ["ann"])
    @unittest.expectedFailure
    def test_unexpected_pass(self):
        self.assertTrue(True)
    def test_notify_with_mock(self):
        mailer = mock.MagicMock()
        mailer.send.return_value = "queued"
        self.assertEqual(self.acct.notify(mailer), "queued")
        mailer.send.assert_called_once_with("ann", "balance 100")
        print("call_args:", mailer.send.call_args, mailer.send.call_args.args, file=sys.stdout)
    @mock.patch(__name__ + ".fetch_rate", return_value=1.1)
    def test_convert_patched(self, fake):
        self.assertEqual(convert(10, "EUR"), 11.0)
        fake.assert_called_with("EUR")
        print("mock_calls:", fake.mock_calls)
    def test_convert_unpatched(self):
        with self.assertRaisesRegex(ConnectionError, "network"):
            convert(1, "USD")
    def test_dicts(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(AccountTests)
print("tests:", suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = stream.getvalue()
import re
text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)
print(text)
print("wasSuccessful:", result.wasSuccessful())
print("counts:", result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses))
for test, reason in result.skipped:
    print("skipped:", test.id().split(".")[-1], "-", reason)
