# Which values are singletons or shared constants: None, bools, Ellipsis, NotImplemented, empty tuple.
def f():
    return ()
def g():
    return tuple()
print("() shared", f() is g(), () is tuple([]))
print("empty frozenset", frozenset() is frozenset(), frozenset([]) is frozenset())
print("empty str", "" is str(), "" is "abc"[3:], "" is "".join([]))
print("empty bytes", b"" is bytes(), b"" is b"abc"[5:])
print("bool from compare", (1 < 2) is True, bool([]) is False)
print("type singletons", type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print("small ints", int("100") is 100, int("300") is 300, (250 + 6) is 256, -5 is int("-5"), -6 is int("-6"))
a = 1000
b = 1000
print("same line constants in module", a is b)
def h():
    x = 1000
    y = 1000
    return x is y
print("in function", h())
def k():
    return 1000
print("across functions", k() is a)
print("float constants", 1.5 is 1.5, float("1.5") is float("1.5"))
t1 = (1, 2, "x")
t2 = (1, 2, "x")
print("tuple constants merged", t1 is t2)
print("range objects", range(3) is range(3))
print("slice object", slice(1) == slice(1), slice(1) is slice(1))
