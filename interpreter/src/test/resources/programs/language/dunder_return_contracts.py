# What the interpreter checks about special methods' results: __bool__/__len__/__index__/
# __str__/__repr__/__format__/__hash__/__iter__/__init__/__int__/__float__/__complex__/
# __bytes__/__length_hint__ returning the wrong type or value, each caught and printed.
import operator


class Weird:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value

    def __len__(self):
        return self.value

    def __index__(self):
        return self.value

    def __str__(self):
        return self.value

    def __repr__(self):
        return self.value

    def __format__(self, spec):
        return self.value

    def __hash__(self):
        return self.value

    def __int__(self):
        return self.value

    def __float__(self):
        return self.value

    def __complex__(self):
        return self.value

    def __bytes__(self):
        return self.value

    def __length_hint__(self):
        return self.value

    def __iter__(self):
        return self.value


class InitReturns:
    def __init__(self):
        return 5


checks = [
    ("bool", bool), ("len", len), ("index", operator.index), ("str", str), ("repr", repr),
    ("format", format), ("hash", hash), ("int", int), ("float", float), ("complex", complex),
    ("bytes", bytes), ("length_hint", operator.length_hint), ("iter", iter), ("hex", hex),
    ("slice", lambda w: [1, 2, 3][w:]), ("range", range), ("f-string", lambda w: f"{w}"),
    ("%s", lambda w: "%s" % w), ("%d", lambda w: "%d" % w),
]
for value in [1, -1, 2 ** 70, "x", 1.5, True, 3 + 0j, None]:
    row = []
    for name, fn in checks:
        try:
            r = fn(Weird(value))
            row.append(f"{name}={r!r}" if not isinstance(r, (range, type(iter([])))) else f"{name}=<{type(r).__name__}>")
        except Exception as e:
            row.append(f"{name}!{type(e).__name__}: {e}")
    print(f"--- {value!r}")
    for item in row:
        print("  ", item)
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)


class BadEq:
    def __eq__(self, other):
        return NotImplemented


a, b = BadEq(), BadEq()
print(a == a, a == b, a != b, a in [b], a in [a], [a] == [a], (a,) == (b,))


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


class ContainsByGetitem:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


for label, fn in [("iter None", lambda: iter(NoIter())), ("in None", lambda: 1 in NoIter()), ("in getitem", lambda: 20 in ContainsByGetitem()),
                  ("list getitem", lambda: list(ContainsByGetitem())), ("reversed", lambda: reversed(ContainsByGetitem())), ("unpack", lambda: [*ContainsByGetitem()])]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)


class HashNone:
    __hash__ = None


class Child(HashNone):
    pass


class EqOnly:
    def __eq__(self, other):
        return True


for cls in (HashNone, Child, EqOnly):
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print(hash(Weird(-1)), hash(Weird(2 ** 64)), hash(Weird(True)))
