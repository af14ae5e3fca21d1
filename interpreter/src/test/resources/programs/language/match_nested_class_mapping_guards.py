# match: nested class/mapping/sequence patterns, or-patterns with bindings, star captures, guards, value patterns
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point

def describe(obj):
    match obj:
        case Line(Point(0, 0), Point(x, y)) if x == y:
            return f"diagonal from origin to {x}"
        case Line(start=Point(x=x1), end=Point(x=x2)) if x1 == x2:
            return f"vertical at x={x1}"
        case Line(s, e):
            return f"line {s} -> {e}"
        case [Point() as p, *rest] if rest:
            return f"polyline from {p} with {len(rest)} more"
        case [Point(x, y)]:
            return f"single point {x},{y}"
        case {"kind": "circle", "r": int() | float() as r, **extra}:
            return f"circle r={r} extra={sorted(extra)}"
        case {"kind": ("rect" | "square") as k}:
            return f"quad {k}"
        case Color.RED | Color.GREEN as c:
            return f"color {c.name}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case str(s):
            return f"text {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case [int(a), [int(b), *_], *_]:
            return f"nested {a} {b}"
        case (x, y, *zs) if len(zs) > 2:
            return f"long {x} {y} {zs}"
        case None:
            return "nothing"
        case True:
            return "true!"
        case float(f) if f != f:
            return "nan"
        case _:
            return f"other {type(obj).__name__}"

tests = [
    Line(Point(0, 0), Point(3, 3)),
    Line(Point(2, 0), Point(2, 9)),
    Line(Point(1, 2), Point(3, 4)),
    [Point(1, 1), Point(2, 2), Point(3, 3)],
    [Point(5, 6)],
    {"kind": "circle", "r": 2.5, "color": "red", "z": 1},
    {"kind": "circle", "r": "big"},
    {"kind": "square", "side": 3},
    Color.GREEN,
    2, 7, "123", "abc", b"xy",
    [1, [2, 3], 4],
    (1, 2, 3, 4, 5),
    (1, 2, 3),
    None, True, 1.0, float("nan"),
    {"kind": "rect"},
    [],
]
for t in tests:
    print(describe(t))
