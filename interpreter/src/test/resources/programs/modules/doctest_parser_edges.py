# The doctest parser's line rules and the runner's flag bookkeeping, at their edges: where an
# example and its expected output end, continuation lines, the margin, traceback detection,
# directive errors, and the flags REPORT_ONLY_FIRST_FAILURE and FAIL_FAST read between examples.
import doctest

parser = doctest.DocTestParser()


def show(text, name='T'):
    try:
        pieces = parser.parse(text, name)
    except ValueError as e:
        print('ValueError:', e)
        return
    for p in pieces:
        if isinstance(p, doctest.Example):
            print('  ex', repr(p.source), repr(p.want), repr(p.exc_msg), p.lineno, p.indent,
                  sorted(p.options.items()))
        else:
            print('  prose', repr(p))


cases = [
    '>>> 1\n1\n',
    '>>> 1\n1',                                   # no newline at the end
    '  >>> x = 1\n  >>> x\n  1\n\n  text\n',      # a margin taken off every line
    '>>> if 1:\n...     print(5)\n5\n',
    '>>> if 1:\n      ...  print(5)\n5\n',        # continuation lines may be indented anyhow
    '>>> 1\n   \n2\n',                            # a line of spaces ends the output
    '>>> 1\n\x0c\n>>> 2\n',                       # a form feed is output, not a blank line
    '>>> 1\n1\n>>> 2\n2\n',
    '>>> # only a comment\n>>> 3\n3\n',
    '>>> 1 +  \\\n... 1\n2\n',
    'prose\n\t>>> 7\n\t7\n',                      # tabs expanded before the margin is found
    '>>> raise ValueError("x")\nTraceback (most recent call last):\n  File "f", line 1\nValueError: x\n',
    '>>> f()\nTraceback (most recent call last):   \n  ...\n  more\n_Err: a\nb\n',
    '>>> f()\nTraceback (innermost last):\nKeyError: 1\n',
    '>>> f()\nTraceback (most recent call last): x\nKeyError: 1\n',   # not a traceback header
    '>>> f()\nTraceback (most recent call last):\n  only indented lines\n',
    '>>> f()\n  Traceback (most recent call last):\nE: 1\n',
    '>>>x\n',
    '  >>> 1\n ... 2\n',
    '  >>> 1\n  1\n 2\n',
    '>>> 1 # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n',
    '>>> 1 # doctest: ELLIPSIS\n',
    '>>> 1 # doctest: +NOPE\n',
    '>>> # doctest: +ELLIPSIS\n',
    '>>> 1 # doctest: +SKIP # doctest: +ELLIPSIS\n',
    '>>> s = "# doctest: +ELLIPSIS"\n',
    '',
    'no examples at all\n',
    '>>>\n',
    '>>> \n1\n',
]
for i, text in enumerate(cases):
    print(i, repr(text))
    show(text)


def without_runner_frame(report):
    # the runner's own frame in a traceback names the library file and its line: left out
    kept = []
    frame_indent = None
    for line in report.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if frame_indent is not None and indent > frame_indent:
            continue
        frame_indent = None
        if 'doctest.py", line' in line:
            frame_indent = indent
            continue
        if line.strip() and not line.strip().strip('^~'):
            continue
        kept.append(line)
    return ''.join(kept)


def run(text, flags=0, verbose=False, name='t'):
    test = parser.get_doctest(text, {}, name, None, 0)
    out = []
    runner = doctest.DocTestRunner(verbose=verbose, optionflags=flags)
    result = runner.run(test, out=out.append)
    print(without_runner_frame(''.join(out)), end='')
    print(result, 'flags after:', runner.optionflags == flags)
    return runner


# REPORT_ONLY_FIRST_FAILURE is read before the next example's own directives are applied:
# the flag an example sets silences the examples after it
run('>>> 1\n2\n>>> 3  # doctest: +REPORT_ONLY_FIRST_FAILURE\n4\n>>> 5\n6\n>>> 7\n8\n')
run('>>> 1\n2\n>>> 3\n4\n', doctest.REPORT_ONLY_FIRST_FAILURE)
# a skipped example still sets the flags the next one reads
run('>>> 1\n2\n>>> 0  # doctest: +SKIP, +REPORT_ONLY_FIRST_FAILURE\n>>> 5\n6\n')
# FAIL_FAST asked by the failing example itself
run('>>> 1\n1\n>>> 2  # doctest: +FAIL_FAST\n3\n>>> 4\n5\n')
run('>>> 1\n0\n>>> 2\n3\n', doctest.FAIL_FAST)
# exceptions: details, module paths, multi-line messages, syntax errors
run('>>> raise ValueError("a\\nb")\nTraceback (most recent call last):\nValueError: a\nb\n')
run('>>> raise ValueError("x")\nTraceback (most recent call last):\nbuiltins.ValueError: y\n',
    doctest.IGNORE_EXCEPTION_DETAIL)
run('>>> raise ValueError("x")\nTraceback (most recent call last):\nTypeError: x\n',
    doctest.IGNORE_EXCEPTION_DETAIL)
run('>>> 1 +\nTraceback (most recent call last):\nSyntaxError: invalid syntax\n')
run('>>> raise KeyError(1)\nTraceback (most recent call last):\n...\nKeyError: ...\n',
    doctest.ELLIPSIS)
# output checks
run('>>> print("a\\n\\nb")\na\n<BLANKLINE>\nb\n>>> print("a\\n \\nb")\na\n<BLANKLINE>\nb\n')
run('>>> print("a\\n\\nb")\na\n<BLANKLINE>\nb\n', doctest.DONT_ACCEPT_BLANKLINE)
run('>>> True\n1\n>>> False  # doctest: +DONT_ACCEPT_TRUE_FOR_1\n0\n')
run('>>> print("x   y\\nz")\nx y z\n', doctest.NORMALIZE_WHITESPACE)
run('>>> print("abcabc")\nab...bc...\n>>> print("aaa")\naa...aa\n', doctest.ELLIPSIS)
run('>>> print("\\u00e9")\n\\u00e9\n')
run('>>> print("end", end="")\nend\n')
run('>>> print("1\\n2\\n3\\n4")\n1\n2\nX\n4\n', doctest.REPORT_UDIFF)
run('>>> print("1\\n2\\n3\\n4")\n1\n2\nX\n4\n', doctest.REPORT_CDIFF)
run('>>> print("1\\n2")\n1\nX\n', doctest.REPORT_NDIFF)
run('>>> print("1\\n2")\n1\nX\n', doctest.REPORT_UDIFF)    # too short for a diff
run('>>> 1\n>>> print()\n\n>>> None\nNone\n')
runner = run('>>> 1\n1\n>>> x\nTraceback (most recent call last):\nNameError: nope\n', 0, True)
runner.merge(run('>>> 2\n2\n', 0, False, 'u'))
runner.merge(run('>>> 2\n3\n', 0, False, 't'))
print(runner.summarize(verbose=True))
print(doctest.script_from_examples('Intro\n\n>>> x = 1\n>>> x\n1\n\nEnd\n'))
