# What f(*iterable) and f(**mapping) hold while the callee runs. CALL_FUNCTION_EX turns a list
# into a tuple and lets go of the list before the call (Py_SETREF), so the list's reference is gone;
# with keyword arguments the call unpacks the dict into a new argument array that holds its own
# reference to every argument (positional ones too) until the call returns.
import sys


def count_first(*args, **kwargs):
    return sys.getrefcount(args[0]) if args else sys.getrefcount(kwargs["a"])


def count_a(a, b=None, **kwargs):
    return sys.getrefcount(a)


x = object()
print("plain", sys.getrefcount(x))
print("f(x)", count_first(x))
print("f(*(x,))", count_first(*(x,)))
print("f(*[x])", count_first(*[x]))
print("f(*[x], k=1)", count_first(*[x], k=1))
print("f(**{'a': x})", count_first(**{"a": x}))
print("g(x)", count_a(x))
print("g(x, b=1)", count_a(x, b=1))
print("g(*[x], **{'b': 1})", count_a(*[x], **{"b": 1}))
print("g(**{'a': x})", count_a(**{"a": x}))
args = [x]
print("g(*args)", count_a(*args))
print("after", sys.getrefcount(x))
