# A catalogue of sys.getsizeof for everyday objects, as a learner tabulates them.
import sys
import types
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque

Point = namedtuple("Point", "x y")

class Plain:
    pass

class Slotted:
    __slots__ = ("a", "b")

def func(x):
    return x

def gen():
    yield 1

objs = [
    ("int 0", 0), ("int 1", 1), ("int 2**30", 2 ** 30), ("int 2**60", 2 ** 60),
    ("int -2**100", -2 ** 100), ("bool", True), ("float", 1.5), ("complex", 1j),
    ("None", None), ("bytes empty", b""), ("bytes 10", b"0123456789"),
    ("tuple empty", ()), ("tuple 3", (1, 2, 3)), ("list empty", []),
    ("list 3", [1, 2, 3]), ("dict empty", {}), ("dict 1", {"a": 1}),
    ("set empty", set()), ("frozenset 3", frozenset({1, 2, 3})),
    ("range", range(10)), ("slice", slice(1, 2)), ("Point", Point(1, 2)),
    ("OrderedDict", OrderedDict()), ("defaultdict", defaultdict(list)),
    ("Counter", Counter("abc")), ("deque", deque()), ("Plain()", Plain()),
    ("Slotted()", Slotted()), ("function", func), ("lambda", lambda: 0),
    ("generator", gen()), ("module", sys), ("type Plain", Plain),
    ("method", Plain().__init__), ("bound", [].append),
    ("SimpleNamespace", types.SimpleNamespace(a=1)), ("memoryview", memoryview(b"ab")),
    ("property", property()), ("staticmethod", staticmethod(func)),
    ("enumerate", enumerate([])), ("zip", zip()), ("map", map(abs, [])),
    ("iter list", iter([])), ("iter dict", iter({})), ("Ellipsis", ...),
    ("NotImplemented", NotImplemented), ("object()", object()),
]
for name, o in objs:
    print(f"{name:16} {type(o).__name__:22} {sys.getsizeof(o)}")
print("Plain().__dict__", sys.getsizeof(Plain().__dict__))
p = Plain()
p.a = 1
print("Plain with attr", sys.getsizeof(p), sys.getsizeof(p.__dict__))
