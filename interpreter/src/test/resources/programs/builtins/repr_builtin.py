# repr of built-in values, including recursive containers.
print(repr("text"), repr('quote"s'), repr("it's"), repr("both'\""), repr("\n\t\\"), repr("é€😀\x00"))
print(repr(b"\x00a'"), repr(1.0), repr(-0.0), repr([1, [2, (3,)]]), repr({1: {2: {}}}), repr(set()))
print(repr(None), repr(...), repr(NotImplemented), repr(range(1, 5, 2)), repr(slice(1, None)))
L = [1]
L.append(L)
d = {"self": None}
d["self"] = d
print(repr(L), repr(d), repr((L,)))

class NoRepr:
    pass

print(repr(NoRepr()).startswith("<__main__.NoRepr object at 0x"), repr(NoRepr), repr(len))
print(repr(int), repr(print), repr(str.upper)[:22])
