# doctest: testmod() on the main module as tutorials write it (functions, a class and its methods,
# a property, a staticmethod, __test__ strings), the failure reports (File/line/name, Failed example,
# Expected/Got, Expected nothing, Got nothing), the quiet summary and TestResults, then verbose=True
# (Trying/Expecting/ok and the summary lines, items without tests) and report=False.
import doctest


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(4)]
    [0, 2, 4, 6]
    """
    return a + b


def wrong(n):
    """A function whose examples do not all pass.

    >>> wrong(3)
    9
    >>> print(wrong(2))
    5
    >>> x = wrong(1)
    >>> x
    >>> print('hello', end='')
    hello
    >>> None
    """
    return n * n


def nothing():
    """No examples at all here."""


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(5) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    @property
    def top(self):
        """The top item.

        >>> s = Stack(); s.push('x'); s.top
        'x'
        """
        return self.items[-1]

    @staticmethod
    def make(*items):
        """
        >>> len(Stack.make(1, 2, 3))
        3
        """
        s = Stack()
        for i in items:
            s.push(i)
        return s


__test__ = {
    'multiline': """
    >>> for i in range(3):
    ...     print(i * '*')
    <BLANKLINE>
    *
    **
    >>> def f(x):
    ...     return x + 1
    >>> f(41)
    42
    """,
    'tuple': '>>> 1, 2\n(1, 2)\n',
}

if __name__ == "__main__":
    r = doctest.testmod()
    print(r, r.failed, r.attempted, type(r).__name__)
    print('--- verbose')
    r = doctest.testmod(verbose=True)
    print(r)
    print('--- report=False')
    r = doctest.testmod(report=False)
    print(r)
    print('--- exclude_empty')
    print(doctest.testmod(verbose=True, exclude_empty=True, report=False))
