# doctest: DocTestSuite over the main module run by unittest's TextTestRunner (one case per
# docstring with examples, names and descriptions, the failure message with the doctest report
# under "Failed doctest test for ..."), setUp/tearDown receiving the DocTest, optionflags, and
# set_unittest_reportflags.
import doctest
import io
import sys
import unittest


def good():
    """
    >>> good()
    'fine'
    """
    return 'fine'


def bad():
    """
    >>> bad()
    2
    """
    return 1


class Box:
    """
    >>> Box(3).value
    3
    """

    def __init__(self, value):
        self.value = value


suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
for case in suite:
    print(repr(case), case.id(), '|', case.shortDescription())

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for case, text in result.failures:
    print(case.id())
    print(text.split('AssertionError: ', 1)[1])


def set_up(test):
    print('setUp', test.name)
    test.globs['extra'] = 42


def tear_down(test):
    print('tearDown', test.name, 'extra' in test.globs)


suite = doctest.DocTestSuite(sys.modules[__name__], setUp=set_up, tearDown=tear_down,
                             optionflags=doctest.ELLIPSIS)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures))

old = doctest.set_unittest_reportflags(doctest.REPORT_NDIFF)
print(old, doctest.set_unittest_reportflags(old))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print(e)
