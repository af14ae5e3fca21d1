# Which classes match sequence and mapping patterns: subclasses of collections.abc.Sequence and
# Mapping (their __abc_tpflags__), classes registered with them, and subclasses of builtins.
import collections.abc


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, k):
        return self.kw[k]

    def __iter__(self):
        return iter(self.kw)

    def __len__(self):
        return len(self.kw)


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i + 100


class RegisteredChild(Registered):
    pass


class RegisteredMap:
    def __init__(self):
        self.d = {"a": 1}

    def get(self, k, default=None):
        return self.d.get(k, default)

    def __len__(self):
        return 1

    def keys(self):
        return self.d.keys()

    def __getitem__(self, k):
        return self.d[k]


def kind(x):
    match x:
        case [a, b]:
            return f"sequence of two {a} {b}"
        case [*items]:
            return f"sequence {items}"
        case {"a": a}:
            return f"mapping with a={a}"
        case {}:
            return "mapping"
        case _:
            return "neither"


print("__abc_tpflags__" in vars(collections.abc.Sequence), "__abc_tpflags__" in vars(collections.abc.Mapping))
print(kind(MySeq(1, 2)), "|", kind(MySeq(1, 2, 3)), "|", kind(MyMap(a=5)), "|", kind(MyMap(b=1)))
print("before register:", kind(Registered()), "|", kind(RegisteredChild()), "|", kind(RegisteredMap()))
collections.abc.Sequence.register(Registered)
collections.abc.Mapping.register(RegisteredMap)
print("after register:", kind(Registered()), "|", kind(RegisteredChild()), "|", kind(RegisteredMap()))


class LateChild(Registered):
    pass


print("subclass made after:", kind(LateChild()))

# registering a mapping class as a sequence replaces the flag
class Both:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if isinstance(i, int) and i > 1:
            raise IndexError(i)
        return i

    def get(self, k, default=None):
        return "got " + k if k == "a" else default


collections.abc.Mapping.register(Both)
print("as a mapping:", kind(Both()))
collections.abc.Sequence.register(Both)
print("re-registered as a sequence:", kind(Both()))
# builtins keep theirs
print(kind([1, 2]), "|", kind({"a": 0}), "|", kind("ab"), "|", kind(collections.deque([1])))
