# doctest: option flags given to testmod and as '# doctest: +FLAG, -FLAG' directives: ELLIPSIS,
# NORMALIZE_WHITESPACE, SKIP, DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, IGNORE_EXCEPTION_DETAIL,
# REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, and the diff reports (REPORT_UDIFF/CDIFF/NDIFF);
# OPTIONFLAGS_BY_NAME and register_optionflag. The doctest module's own traceback entry (the
# library's path and line) is left out of the printed reports.
import contextlib
import doctest
import io


def run(**kwargs):
    # the report with the doctest module's own traceback entry left out (its path and line are
    # the library's)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        result = doctest.testmod(**kwargs)
    skip_deeper = None
    for line in buffer.getvalue().splitlines():
        depth = len(line) - len(line.lstrip(' +'))
        if skip_deeper is not None and depth > skip_deeper:
            continue
        skip_deeper = None
        if 'doctest.py", line' in line:
            skip_deeper = depth
            continue
        print(line)
    return result


def ellipsis():
    """
    >>> list(range(20))   # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a long line of text')  # doctest: +ELLIPSIS
    a ... text
    >>> 'no ellipsis flag'
    'no ... flag'
    """


def whitespace():
    """
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3,
     4, 5, 6, 7,   8, 9, 10, 11]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    a ...
    """


def skipping():
    """
    >>> this_would_fail()  # doctest: +SKIP
    surely
    >>> 1 + 1
    2
    """


def truth():
    """
    >>> 3 > 2
    1
    >>> 3 < 2   # doctest: +DONT_ACCEPT_TRUE_FOR_1
    0
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> print('a\\n\\nb')  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    """


def exceptions():
    """
    >>> raise ValueError('bad value')
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> raise ValueError('other text')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: the text differs
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: 'j'
    >>> {}['missing']
    Traceback (most recent call last):
    KeyError: 'nope'
    >>> int('x')
    Traceback (innermost last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    """


def lines():
    """
    >>> for w in 'one two three four five'.split():
    ...     print(w)
    one
    too
    three
    for
    five
    """


def many():
    """
    >>> 1
    2
    >>> 2
    3
    >>> 3
    3
    """


for flags, label in [(0, 'none'), (doctest.REPORT_UDIFF, 'udiff'), (doctest.REPORT_CDIFF, 'cdiff'),
                     (doctest.REPORT_NDIFF, 'ndiff'), (doctest.REPORT_ONLY_FIRST_FAILURE, 'first'),
                     (doctest.FAIL_FAST, 'fail fast')]:
    print('=====', label)
    print(run(optionflags=flags))

print(run(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=False))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
mine = doctest.register_optionflag('MY_FLAG')
print(mine, doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('ELLIPSIS'))
