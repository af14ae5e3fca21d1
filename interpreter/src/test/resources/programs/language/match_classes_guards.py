# match with class patterns, guards, captures, OR patterns, mappings and dataclasses.
from dataclasses import dataclass

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    radius: float

@dataclass
class Rect:
    corner: Point
    w: float
    h: float

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r) if r > 10:
            return f"big circle at origin r={r}"
        case Circle(center=Point(x=x, y=y), radius=r):
            return f"circle at ({x}, {y}) r={r}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square {w} at {x},{y}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x=0) | Point(y=0):
            return "point on an axis"
        case Point():
            return "some point"
        case {"type": "circle", "r": r, **rest}:
            return f"dict circle {r} extra={rest}"
        case [Point() as p, *others]:
            return f"list starting with {p} and {len(others)} more"
        case str() | bytes() as s:
            return f"text {s!r}"
        case int(n) if n < 0:
            return "negative"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"

tests = [
    Circle(Point(0, 0), 20), Circle(Point(1, 2), 3), Rect(Point(0, 0), 4, 4),
    Rect(Point(1, 1), 2, 5), Point(0, 5), Point(3, 0), Point(1, 1),
    {"type": "circle", "r": 2, "color": "red"}, [Point(1, 2), 3, 4], "abc", b"xy",
    -5, 7, 2.5, None, (1, 2), True,
]
for t in tests:
    print(describe(t))

class Vec:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

match Vec(1, 2):
    case Vec(1, b):
        print("vec b", b)
try:
    match Vec(1, 2):
        case Vec(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
