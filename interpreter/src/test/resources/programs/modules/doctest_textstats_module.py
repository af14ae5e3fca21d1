# doctest.testmod over the module's own docstrings: passing examples, a failing one reported, ELLIPSIS and NORMALIZE_WHITESPACE directives, an expected exception.
"""Text statistics helpers.

>>> words("The cat, the hat.")
['the', 'cat', 'the', 'hat']
"""
import doctest
import re
from collections import Counter

def words(text):
    """Lower-cased words.

    >>> words("Hello, World!  hello")
    ['hello', 'world', 'hello']
    >>> words("")
    []
    """
    return re.findall(r"[a-z']+", text.lower())

def top(text, n=2):
    """Most common words.

    >>> top("a b a c b a")
    [('a', 3), ('b', 2)]
    >>> top("x y z", n=5)    # doctest: +NORMALIZE_WHITESPACE
    [('x', 1),   ('y', 1),
     ('z', 1)]
    """
    return Counter(words(text)).most_common(n)

def ratio(a, b):
    """Share of a in a+b.

    >>> ratio(1, 3)
    0.25
    >>> ratio(0, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> ratio(1, 2)        # wrong on purpose
    0.3
    """
    return a / (a + b)

def describe(text):
    """A long description.

    >>> describe("one two three four five six seven")   # doctest: +ELLIPSIS
    'words=7 first=one ... last=seven'
    >>> print(describe("a"))
    words=1 first=a ... last=a
    >>> describe(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'lower'
    """
    w = words(text)
    return f"words={len(w)} first={w[0]} middle={w[len(w)//2]} last={w[-1]}"

class Histogram:
    """Bars of stars.

    >>> h = Histogram({'a': 3, 'bb': 1})
    >>> print(h.render())
    a  ***
    bb *
    >>> h.total
    4
    """
    def __init__(self, counts):
        self.counts = counts
        self.total = sum(counts.values())
    def render(self):
        width = max(map(len, self.counts))
        return "\n".join(f"{k:<{width}} {'*' * v}" for k, v in self.counts.items())

if __name__ == "__main__":
    result = doctest.testmod()
    print(result)
    print(result.failed, result.attempted)
    r2 = doctest.testmod(optionflags=doctest.ELLIPSIS, verbose=False, report=False)
    print("again:", r2)
