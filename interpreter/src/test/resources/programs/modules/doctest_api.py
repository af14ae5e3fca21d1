# doctest: the classes under testmod: DocTestParser (parse into text and Examples, get_examples,
# get_doctest, the Example fields: source, want, exc_msg, lineno, indent, options), its ValueErrors,
# DocTestFinder (names, line numbers, sorting, recurse=False), DocTest's repr and ordering,
# DocTestRunner.run with an out function and summarize/merge, OutputChecker, DebugRunner's
# DocTestFailure and UnexpectedException, run_docstring_examples, script_from_examples, testfile.
import contextlib
import doctest
import io
import os
import tempfile

text = '''
Some prose.

    >>> x = 1
    >>> x + 1
    2
    >>> if x:
    ...     print('yes')
    yes
    >>> raise KeyError('a')
    Traceback (most recent call last):
      ...
    KeyError: 'a'
    >>> print(3)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    3

More prose.
'''
parser = doctest.DocTestParser()
for piece in parser.parse(text, 'sample'):
    if isinstance(piece, doctest.Example):
        print('Example', repr(piece.source), repr(piece.want), repr(piece.exc_msg), piece.lineno,
              piece.indent, piece.options)
    else:
        print('text', repr(piece))
print(len(parser.get_examples(text)))
test = parser.get_doctest(text, {'y': 2}, 'sample', 'sample.txt', 10)
print(test, test.name, test.filename, test.lineno, sorted(test.globs))
print(repr(doctest.DocTest([], {}, 'empty', None, None, '')))
print(doctest.Example('1', '1') == doctest.Example('1\n', '1\n'), doctest.Example('a', '').want)

for bad in ['>>>1\n', '  >>> x\n ... y\n', '>>> x\n  out\n bad\n', '>>> x  # doctest: +NOPE\n',
            '>>> # doctest: +ELLIPSIS\n']:
    try:
        parser.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)

runner = doctest.DocTestRunner(verbose=False)
lines = []
print(runner.run(test, out=lines.append))
print(''.join(lines), end='')
print(test.globs)


def square(n):
    """Square it.

    >>> square(3)
    9
    >>> square(-2)
    5
    """
    return n * n


class Shape:
    """>>> Shape().sides
    0
    """
    sides = 0

    def area(self):
        """
        >>> Shape().area()
        0.0
        """
        return 0.0

    class Inner:
        """>>> 1
        1
        """


finder = doctest.DocTestFinder()
tests = finder.find(Shape, 'Shape', globs={'Shape': Shape})
for t in tests:
    print(t.name, t.lineno, len(t.examples), t.filename)
print([t.name for t in doctest.DocTestFinder(recurse=False).find(Shape)])
print(sorted(tests)[0].name, tests[0] < tests[1])

out = []
r2 = doctest.DocTestRunner(verbose=True)
for t in finder.find(square, globs={'square': square}):
    print(r2.run(t, out=out.append))
print(''.join(out), end='')
print(r2.summarize(verbose=False))
print(r2.summarize(verbose=True))
r3 = doctest.DocTestRunner()
r3.merge(r2)
print(r3.summarize(verbose=True))

checker = doctest.OutputChecker()
print(checker.check_output('1\n', 'True\n', 0), checker.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS),
      checker.check_output('a  b\n', 'a b\n', 0), checker.check_output('aa...aa\n', 'aaa\n', doctest.ELLIPSIS))
ex = doctest.Example('f()', 'one\ntwo\n')
print(checker.output_difference(ex, 'one\n\nthree\n', 0), end='')
print(checker.output_difference(ex, '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), 'x\n', 0), end='')

debug = doctest.DebugRunner(verbose=False)
t = parser.get_doctest('>>> 1 + 1\n3\n', {}, 'dbg', 'dbg.py', 0)
try:
    debug.run(t)
except doctest.DocTestFailure as f:
    print('DocTestFailure', f, f.test is t, repr(f.example.want), repr(f.got))
t = parser.get_doctest('>>> x = 5\n>>> 1/0\n', {}, 'dbg2', 'dbg2.py', 0)
try:
    debug.run(t)
except doctest.UnexpectedException as f:
    print('UnexpectedException', f, f.exc_info[0].__name__, sorted(k for k in t.globs if k != '__builtins__'))

doctest.run_docstring_examples(square, {'square': square}, name='sq')
doctest.run_docstring_examples(square, {'square': square}, verbose=True)

print(doctest.script_from_examples(text), end='')

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt')
    with open(path, 'w') as f:
        f.write('Notes\n=====\n\n>>> a = [1, 2]\n>>> a * 2\n[1, 2, 1, 2]\n>>> len(a)\n3\n')
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        print(doctest.testfile(path, module_relative=False))
        print(doctest.testfile(path, module_relative=False, verbose=True, name='NOTES', report=False))
    print(buffer.getvalue().replace(d, '<tmp>'), end='')
    try:
        doctest.testfile(path, module_relative=False, package='x')
    except ValueError as e:
        print(e)
try:
    doctest.testmod(42)
except TypeError as e:
    print(e)
