# unittest.main(): the tests of the main module run with a TextTestRunner on stderr, the report
# written there and the process exits with 1 because one test fails (the clock is pinned so the
# 'Ran N tests in T' line is the same every run); -v from argv gives the verbose lines.
import sys
import unittest
import unittest.runner

unittest.runner.time.perf_counter = lambda: 0.0

class Stack(unittest.TestCase):
    def setUp(self):
        self.items = []

    def test_push(self):
        self.items.append(1)
        self.assertEqual(self.items, [1])

    def test_pop_empty(self):
        with self.assertRaisesRegex(IndexError, "pop from empty list"):
            self.items.pop()

    def test_wrong(self):
        self.items.extend([1, 2])
        self.assertEqual(self.items, [1, 2, 3], "the stack lost an item")

print("before main", file=sys.stderr)
unittest.main(argv=[sys.argv[0], '-v'])
print("not reached")
