"""Runs the cases of one lib_cases program: each case prints, and what it writes to stderr and
the exception that ends it (if any) are printed after it, so a whole program is one stdout text.

Written in the subset of Python the interpreter supports, importing only `sys`, so the case
programs can run on the heap as well as under CPython.
"""
import sys

_cases = []


def case(function):
    """Registers a case: a function of no arguments that prints what it checks."""
    _cases.append(function)
    return function


class Capture:
    """A stand-in for sys.stderr that keeps what is written."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.parts)


def show_exception(e):
    print('!!', type(e).__name__ + ':', e)


def run_cases():
    for function in _cases:
        print('==', function.__name__)
        saved = sys.stderr
        capture = Capture()
        sys.stderr = capture
        try:
            function()
        except BaseException as e:
            sys.stderr = saved
            show_exception(e)
        finally:
            sys.stderr = saved
        written = capture.text()
        if written:
            print('-- stderr')
            print(written, end='' if written.endswith('\n') else '\n')


class Rng:
    """A small deterministic generator (a 64-bit LCG) for making test data, so that the data of
    a case does not depend on the random module under test."""

    def __init__(self, seed):
        self.state = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 33

    def below(self, n):
        return self.next() % n

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def unit(self):
        """A float in [0, 1) with 53 random bits."""
        return ((self.next() << 22) ^ self.next()) % (1 << 53) / (1 << 53)


def noaddr(text):
    """text with every hexadecimal address (0x followed by hex digits) shown as 0x..."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text.startswith('0x', i) and i + 2 < n and text[i + 2] in '0123456789abcdef':
            out.append('0x...')
            i += 2
            while i < n and text[i] in '0123456789abcdef':
                i += 1
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)
