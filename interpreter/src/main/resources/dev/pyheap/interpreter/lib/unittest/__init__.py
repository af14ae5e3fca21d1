"""The unit testing framework: TestCase with the assert* methods, fixtures, skips, expected
failures and subtests; TestSuite; TestLoader; TestResult; TextTestRunner; main.

What CPython's unittest has and this one leaves out: unittest.mock, IsolatedAsyncioTestCase,
test discovery (TestLoader.discover, 'python -m unittest discover'),
installHandler/removeHandler and the -c option (there is no signal module), and capture_locals
in tracebacks (--locals is accepted and has no effect).
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'registerResult', 'removeResult',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import registerResult, removeResult
from .loader import makeSuite, getTestCaseNames, findTestCases

_TextTestResult = TextTestResult
