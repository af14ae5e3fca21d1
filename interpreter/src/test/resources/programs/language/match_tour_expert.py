# match: every pattern kind with guards, as an expert checks them
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0 | 1 | 2 as small:
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num if num > 1000:
            return f"big {num!r}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case Color.RED:
            return "red!"
        case Color():
            return f"other color {obj.name}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x=cx, y=cy), r=radius):
            return f"circle at ({cx},{cy}) r={radius}"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case _:
            return f"unknown {type(obj).__name__}"

for v in [None, True, 0, 2, -5, 5000, 3.5e4, "", "hi", Color.RED, Color.GREEN,
          Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2), Circle(Point(1, 2), 5),
          [], (), [9], [1, 2, 3], [4, 5, 4], (7, 8, 9), [7, 8, 9, 10],
          {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": 5}, {"x": 1},
          b"bytes", 42, 7.5, {1, 2}]:
    print(repr(v) if not isinstance(v, (Point, Circle)) else type(v).__name__, "->", describe(v))

# strings and bytes are not sequences for patterns
match "abc":
    case [a, b, c]:
        print("seq")
    case _:
        print("str is not a sequence pattern")

# value pattern from a dotted name and a capture that binds on failure paths
class K:
    LIMIT = 10
match 10:
    case K.LIMIT:
        print("matched K.LIMIT")

# mapping pattern keys must be looked up with get; a defaultdict does not create keys
from collections import defaultdict
dd = defaultdict(list, a=1)
match dd:
    case {"a": 1, "b": _}:
        print("has b")
    case {"a": 1}:
        print("only a, keys:", sorted(dd))
