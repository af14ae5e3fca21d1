# doctest.testmod on the program's own docstrings: passing and failing examples, ELLIPSIS and NORMALIZE_WHITESPACE, exceptions expected, a verbose run and the summary
"""Unit conversion helpers.

>>> to_celsius(212)
100.0
>>> [to_celsius(f) for f in (32, 50)]
[0.0, 10.0]
"""
import doctest
import sys

def to_celsius(f):
    """Convert Fahrenheit to Celsius.

    >>> to_celsius(98.6)  # doctest: +ELLIPSIS
    37.0...
    >>> to_celsius("x")
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for -: 'str' and 'int'
    """
    return (f - 32) * 5 / 9

def table(values):
    """Print a conversion table.

    >>> table([0, 100])   # doctest: +NORMALIZE_WHITESPACE
    0 -> -17.8
    100 -> 37.8
    """
    for v in values:
        print(f"{v} -> {to_celsius(v):.1f}")

def wrong(n):
    """This example is wrong on purpose.

    >>> wrong(2)
    5
    >>> wrong(0)
    Traceback (most recent call last):
    ValueError: not zero
    >>> wrong(3)  # doctest: +SKIP
    99
    """
    if n == 0:
        raise ValueError("not zero")
    return n * 2

class Meter:
    """A length.

    >>> Meter(3) + Meter(4)
    Meter(7)
    >>> Meter(1).feet()
    3.28084
    """
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Meter(self.v + o.v)
    def __repr__(self):
        return f"Meter({self.v})"
    def feet(self):
        return round(self.v * 3.28084, 5)

res = doctest.testmod(sys.modules[__name__], report=True)
print(res, res.failed, res.attempted)
print("---- verbose of one function")
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=True)
for t in finder.find(to_celsius, "to_celsius", globs={"to_celsius": to_celsius}):
    runner.run(t, out=sys.stdout.write)
print(runner.summarize(verbose=False))
parser = doctest.DocTestParser()
ex = parser.get_examples(">>> 1 + 1\n2\n>>> print('a')\na\n")
print([(e.source, e.want, e.lineno) for e in ex])
