# doctest: examples that raise where no exception is expected ("Exception raised:" with the
# traceback of the example's own frames and their source lines from the examples, served through
# linecache), an exception expected but none raised, a different exception, SyntaxErrors compared
# by their last line, exception chains, and the traceback of a function defined in the file.
# The doctest module's own frame (CPython's path and line) is left out of the printed report.
import doctest


def divide(a, b):
    return a / b


def examples():
    """
    >>> divide(1, 0)
    0
    >>> [1, 2][5]
    >>> int('12')
    Traceback (most recent call last):
    ValueError: invalid literal
    >>> int('zz')
    Traceback (most recent call last):
    TypeError: wrong type
    >>> def g():
    ...     try:
    ...         {}['k']
    ...     except KeyError:
    ...         raise ValueError('from g')
    >>> g()
    >>> 1 +
    >>> print('before'); undefined_name
    """


def report(lines):
    text = ''.join(lines).splitlines()
    i = 0
    while i < len(text):
        line = text[i]
        if 'doctest.py", line' in line:
            depth = len(line) - len(line.lstrip())
            i += 1
            while i < len(text) and len(text[i]) - len(text[i].lstrip()) > depth:
                i += 1
            continue
        print(line)
        i += 1


finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(examples, 'examples', globs={'divide': divide}):
    test.filename = 'prog.py'
    lines = []
    print(runner.run(test, out=lines.append))
    report(lines)
