"""unittest.main (TestProgram): loads the tests of a module (or the names given on the command
line), runs them with a TextTestRunner and exits with status 0 if they passed, 1 if not.

Options: -v/--verbose, -q/--quiet, --locals, -f/--failfast, -b/--buffer, -k PATTERN and test
names. Left out: -c/--catch (there is no signal module) and test discovery."""

import sys
import argparse
import os
import warnings

from . import loader, runner

__unittest = True

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    # a path to a .py file under the working directory stands for its dotted module name
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class TestProgram(object):
    """Parses argv, loads the tests, runs them; exit=False keeps the process going (the result
    is then in .result)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # deprecation warnings are shown during the run unless -W or warnings= says otherwise
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        print(MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        self._main_parser.parse_args(argv[1:], self)
        # Names on the command line win over defaultTest; neither means the whole module.
        default = self.defaultTest
        if self.tests:
            self.testNames = list(map(_convert_name, self.tests))
        elif default is None:
            self.testNames = None
        else:
            self.testNames = (default,) if isinstance(default, str) else list(default)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _initArgParsers(self):
        self._main_parser = self._getMainArgParser(self._getParentArgParser())

    def _getParentArgParser(self):
        parser = argparse.ArgumentParser(add_help=False)
        # Always there: verbosity and --locals.
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        # The others only when the caller of main() left the setting open (None); the
        # setting then defaults to off (to [] for the patterns). -c/--catch is never offered.
        self.catchbreak = bool(self.catchbreak)
        optional = (
            ('failfast', False, ('-f', '--failfast'),
             dict(action='store_true', help='Stop on first fail or error')),
            ('buffer', False, ('-b', '--buffer'),
             dict(action='store_true', help='Buffer stdout and stderr during tests')),
            ('testNamePatterns', [], ('-k',),
             dict(action='append', type=_convert_select_pattern,
                  help='Only run tests which match the given substring')),
        )
        for attribute, default, flags, settings in optional:
            if getattr(self, attribute) is None:
                parser.add_argument(*flags, dest=attribute, **settings)
                setattr(self, attribute, default)
        return parser

    def _getMainArgParser(self, parent):
        parser = argparse.ArgumentParser(parents=[parent])
        parser.prog = self.progName
        parser.print_help = self._print_help
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        return parser

    def _make_runner(self):
        # A runner class gets the settings; an older runner class may not accept them all,
        # so fewer are tried, then none.
        settings = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                        warnings=self.warnings)
        try:
            try:
                return self.testRunner(tb_locals=self.tb_locals, **settings)
            except TypeError:
                return self.testRunner(**settings)
        except TypeError:
            return self.testRunner()

    def runTests(self):
        if self.catchbreak:
            raise NotImplementedError('catchbreak needs the signal module, which is missing')
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        chosen = self.testRunner
        if isinstance(chosen, type):
            chosen = self._make_runner()
        self.result = chosen.run(self.test)
        if self.exit:
            # 0 when every test passed, 1 otherwise.
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
