# Doctests of an invoice helper module: testmod-like runs over functions with examples that pass,
# fail (expected/got report), raise (traceback header and exception detail), use ELLIPSIS and
# NORMALIZE_WHITESPACE, blank lines, a class with method docstrings, and the summary.
import doctest
import sys
import io

def net(amount, vat=0.2):
    """Net amount of a gross price.

    >>> net(120)
    100.0
    >>> net(100, vat=0.25)
    80.0
    >>> net(-1)
    Traceback (most recent call last):
        ...
    ValueError: amount must be positive
    >>> net(10)  # a failure on purpose
    8.0
    """
    if amount < 0:
        raise ValueError("amount must be positive")
    return round(amount / (1 + vat), 2)

def lines(n):
    """
    >>> lines(3)   # doctest: +NORMALIZE_WHITESPACE
    ['item 0',   'item 1',
     'item 2']
    >>> print("\\n".join(lines(2)))
    item 0
    item 1
    >>> lines(30)  # doctest: +ELLIPSIS
    ['item 0', ..., 'item 29']
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> lines("x")
    Traceback (most recent call last):
    TypeError: count must be an int
    >>> {"b": 1, "a": 2}
    {'a': 2, 'b': 1}
    """
    if not isinstance(n, int):
        raise TypeError("count must be an int")
    return [f"item {i}" for i in range(n)]

class Invoice:
    """An invoice.

    >>> inv = Invoice("A-1")
    >>> inv.add(3, 2.5); inv.add(1, 10)
    >>> inv.total
    17.5
    >>> inv
    Invoice('A-1', 2 lines)
    """
    def __init__(self, number):
        self.number = number
        self.rows = []
    def add(self, qty, price):
        """
        >>> Invoice("x").add(0, 1)
        Traceback (most recent call last):
        ValueError: qty must be > 0
        """
        if qty <= 0:
            raise ValueError("qty must be > 0")
        self.rows.append((qty, price))
    @property
    def total(self):
        return sum(q * p for q, p in self.rows)
    def __repr__(self):
        return f"Invoice({self.number!r}, {len(self.rows)} lines)"

finder = doctest.DocTestFinder()
tests = sorted(finder.find(sys.modules[__name__], "invoice", globs={"Invoice": Invoice, "net": net, "lines": lines}), key=lambda t: t.name)
print([(t.name, len(t.examples)) for t in tests])
runner = doctest.DocTestRunner(optionflags=doctest.REPORT_NDIFF if False else 0)
out = io.StringIO()
for t in tests:
    t.filename = "invoice.py"
    runner.run(t, out=out.write)
print(out.getvalue(), end="")
print(runner.summarize(verbose=False))
r2 = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE | doctest.REPORT_UDIFF)
out2 = io.StringIO()
t = doctest.DocTestParser().get_doctest(">>> print('a\\nb\\nc')\na\nB\nc\n>>> 1/0\n2\n", {}, "snippet", "snippet.txt", 0)
print(r2.run(t, out=out2.write))
print(out2.getvalue(), end="")
ex = doctest.Example("x = 1\n", "")
print(ex.source, repr(ex.want), ex.lineno, ex.indent, doctest.OPTIONFLAGS_BY_NAME["ELLIPSIS"] == doctest.ELLIPSIS)
print(doctest.script_from_examples(">>> 1 + 1\n2\nText here.\n"))
