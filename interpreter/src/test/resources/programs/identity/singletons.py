# None, True, False, (), '' and b'' are singletons; frozenset() is not in 3.11; floats are never
# cached.
print(type(None)() is None, bool(1) is True, bool(0) is False)
empty_t, empty_s, empty_b = (), "", b""
x, abc = "x", b"abc"
print(tuple() is empty_t, tuple([]) is empty_t, x[:0] is empty_s, "".join([]) is empty_s)
print(bytes() is empty_b, abc[:0] is empty_b)
print(frozenset() is frozenset(), float("1.0") is float("1.0"))
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
