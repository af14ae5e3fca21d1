# unittest: TextTestRunner's report at verbosity 1 and 2 (dots, 'name (module.Class.name) ...
# ok' lines, docstring first lines), failures and errors with their tracebacks cut to the test's
# own frames, skips, expected failures, unexpected successes, subtests, and the summary line;
# the run time is pinned by a clock of the program's own.
import unittest, io
import unittest.runner

unittest.runner.time.perf_counter = lambda: 0.0

class Arithmetic(unittest.TestCase):
    def test_add(self):
        """Adds two numbers."""
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual(2 * 3, 7)

    def test_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        pass

    def test_even(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

def run(verbosity, descriptions=True):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Arithmetic)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     descriptions=descriptions).run(suite)
    print(stream.getvalue())
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())

run(1)
run(2)
run(2, descriptions=False)
run(0)
