# unittest: the failure messages of the assert* methods as CPython writes them: the ndiff of
# lists, tuples, dicts and multi-line strings, first differing elements, reprs shortened to 80
# characters, maxDiff, longMessage and msg, sets, counts, regexes, almost-equal, identity.
import unittest

class Messages(unittest.TestCase):
    def runTest(self):
        pass

t = Messages()

def show(method, *args, **kwargs):
    try:
        getattr(t, method)(*args, **kwargs)
        print(method, "passed")
    except AssertionError as e:
        print("--", method)
        print(e)

show('assertEqual', [1, 2, 3, 4], [1, 2, 5, 4])
show('assertEqual', (1, 2), (1, 2, 3))
show('assertEqual', [1, 2, 3], [1, 2])
show('assertEqual', {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
show('assertEqual', "hello world\nsecond line\nthird\n", "hello there\nsecond line\nthird!\n")
show('assertEqual', "one line", "one lime")
show('assertEqual', "x" * 100 + "a", "x" * 100 + "b")
show('assertEqual', list(range(100)), list(range(99)) + [1000])
t.maxDiff = None
show('assertEqual', list(range(30)), list(range(29)) + [99])
t.maxDiff = 80 * 8
show('assertEqual', 1, 2, "custom message")
t.longMessage = False
show('assertEqual', 1, 2, "only mine")
show('assertEqual', 1, 2)
t.longMessage = True
show('assertEqual', {1, 2, 3}, {2, 3, 4})
show('assertEqual', 1, 1.0)
show('assertNotEqual', [1], [1])
show('assertTrue', 0)
show('assertFalse', [1])
show('assertIs', 1, None)
show('assertIsNot', None, None)
show('assertIsNone', 'x')
show('assertIsNotNone', None)
show('assertIn', 'z', 'abc')
show('assertNotIn', 1, [1, 2])
show('assertIsInstance', 's', int)
show('assertNotIsInstance', 's', str)
show('assertLess', 2, 1)
show('assertLessEqual', 2, 1)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.1, places=3)
show('assertAlmostEqual', 1.0, 1.5, delta=0.1)
show('assertAlmostEqual', 0.1 + 0.2, 0.3)
show('assertNotAlmostEqual', 1.0, 1.0 + 1e-9)
show('assertCountEqual', [1, 1, 2, 'a'], [1, 2, 2, 'b'])
show('assertCountEqual', [[1], [2]], [[2], [3]])
show('assertRegex', "hello", "^x")
show('assertNotRegex', "hello", "l+")
show('assertSetEqual', {1}, {1, 2})
show('assertDictEqual', {'k': [1] * 20, 'z': 'q' * 50}, {'k': [1] * 21, 'z': 'q' * 50})
show('assertListEqual', [1], (1,))
show('assertSequenceEqual', [1, 2], (1, 3))
show('assertMultiLineEqual', "a\nb\nc\n", "a\nB\nc\nd\n")
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print("TypeError", e)
try:
    t.fail("explicit")
except AssertionError as e:
    print(repr(e))
