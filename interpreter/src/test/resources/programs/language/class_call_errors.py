# How a class call with a Python __init__ ends when __init__ does not return normally: an
# exception frees the new instance (its __del__ runs) before the caller's handler, a non-None
# return is a TypeError raised at the call, and wrong arguments name __init__.
import sys


class Tracked:
    def __init__(self, fail, value=None):
        self.fail = fail
        if fail:
            raise ValueError("refused")

    def __del__(self):
        print("__del__ of", self.fail)


class Returns:
    def __init__(self, value):
        self.value = value
        return value


class Arity:
    def __init__(self, a, b):
        pass


arg = object()
before = sys.getrefcount(arg)
try:
    Tracked(True, arg)
except ValueError as e:
    print("caught:", e, "- arg held by the traceback's frame:", sys.getrefcount(arg) - before)
print("after the handler:", sys.getrefcount(arg) - before)
t = Tracked(False)
print("made one")
del t


def refused(make):
    """Calls make() and prints the TypeError it raises."""
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


refused(lambda: Returns(5))
print("None is fine:", type(Returns(None)).__name__)
for args in [(), (1,), (1, 2, 3)]:
    refused(lambda: Arity(*args))
refused(lambda: Arity(1))
refused(lambda: Arity(1, 2, 3))


def deep(n):
    return Chain(n)


class Chain:
    def __init__(self, n):
        self.next = deep(n - 1) if n else None


c = Chain(5)
n = 0
while c is not None:
    n += 1
    c = c.next
print("chain length:", n)
Tracked(False, 1).fail = "x"
print("end")
