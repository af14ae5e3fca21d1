# The corners of `match` an expert checks: names bound by a case whose guard failed stay bound,
# or-patterns binding the same names, the subject evaluated once, dotted names as value patterns
# (an Enum), str/bytes/bytearray never matching sequence patterns, a dict subclass's __missing__
# not called by mapping patterns, __match_args__ from properties and its errors, class patterns
# of builtins binding the whole subject, and a star capture of an empty rest.
from enum import Enum
from collections import defaultdict

class Color(Enum):
    RED = 1
    GREEN = 2

calls = []
def subject():
    calls.append("evaluated")
    return [1, 2, 3]

match subject():
    case [a, b] if True:
        print("two")
    case [a, *rest] if a > 5:
        print("never")
    case [first, *others]:
        print("first", first, "others", others, "a still bound:", a, rest)
print(calls)

for value in (Color.RED, Color.GREEN, 1, "RED"):
    match value:
        case Color.RED:
            print(repr(value), "-> red member")
        case Color.GREEN | 1 as hit:
            print(repr(value), "-> green or one:", repr(hit))
        case _:
            print(repr(value), "-> other")

for s in ("ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), range(2), memoryview(b"ab")):
    match s:
        case [x, y]:
            print(type(s).__name__, "sequence", x, y)
        case str() | bytes() | bytearray():
            print(type(s).__name__, "not a sequence pattern")
        case _:
            print(type(s).__name__, "other")

dd = defaultdict(lambda: "made")
dd["present"] = 1
match dd:
    case {"absent": v}:
        print("matched absent", v)
    case {"present": v, **rest}:
        print("present", v, rest, "absent" in dd)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self._x, self.y = x, y
    @property
    def x(self):
        calls.append("x read")
        return self._x

calls.clear()
match Point(3, 4):
    case Point(0, _):
        print("on y axis")
    case Point(x, y) if x == y:
        print("diagonal")
    case Point(x=3 as px, y=py):
        print("x=3 with y", py, px)
print(calls)

class Bad:
    __match_args__ = ("a", "a")
    a = 1
class NotTuple:
    __match_args__ = ["a"]
class Few:
    __match_args__ = ("a",)
    a = 1
for subj in (Bad(), NotTuple(), Few()):
    try:
        match subj:
            case Bad(x, y):
                print("matched Bad")
            case NotTuple(x):
                print("matched NotTuple")
            case Few(x, y):
                print("matched Few")
    except TypeError as e:
        print("TypeError:", e)
try:
    match 5:
        case int(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
for v in (5, 5.0, True, "5", [5]):
    match v:
        case bool(b):
            print("bool", b)
        case int(n) | float(n):
            print(type(v).__name__, "number", n)
        case str(t):
            print("str", t)
        case [*xs]:
            print("list", xs)
match (1,):
    case (only, *empty):
        print(only, empty)
match {"k": None}:
    case {"k": None}:
        print("None value matched by literal")
match 0.0:
    case -0.0:
        print("-0.0 matches 0.0")
match 1:
    case True:
        print("never: True is compared by identity")
    case 1:
        print("1 is not True")
