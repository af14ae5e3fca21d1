# match statements with every pattern kind: literals, captures, wildcards, values (dotted
# names), sequences with stars, mappings with **rest, classes positional and by keyword, or
# patterns, as-patterns, guards, nested patterns, and which case wins.
import enum
from dataclasses import dataclass


class Color(enum.Enum):
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
        case None:
            return "None"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "hello" | "hi":
            return "greeting"
        case str(s) if len(s) > 5:
            return f"long string {s[:5]}..."
        case str():
            return "short string"
        case Color.RED:
            return "red"
        case Color():
            return f"another color {obj.name}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [Point(x=0, y=0), *rest]:
            return f"origin first, {len(rest)} more"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b):
            return f"pair {a},{b}"
        case [_, _, *middle, _]:
            return f"long sequence, middle {middle}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra {sorted(rest)}"
        case {"x": x, "y": y}:
            return f"mapping point {x},{y}"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Line(Point(x1, y1), Point(x2, y2) as end):
            return f"line from {x1},{y1} to {end}"
        case _:
            return f"something else: {type(obj).__name__}"


tests = [None, True, 0, -5, 7, 2.5, "hi", "wonderful", "abc", Color.RED, Color.GREEN, [], [9],
         [Point(0, 0), 1, 2], [1, 2, 1], (1, 2), [1, 2, 3, 4, 5], {"type": "user", "name": "ann", "age": 3},
         {"x": 1, "y": 2, "z": 3}, {"a": 1}, Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2),
         Line(Point(1, 2), Point(3, 4)), {1, 2}, b"bytes", "x" * 3]
for t in tests:
    print(repr(t)[:40], "->", describe(t))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking up {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "nothing"


for line in ["go north", "go up", "pick up sword shield", "pick up", "exit", "", "dance now"]:
    print(repr(line), "->", command(line))
match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case _:
        print("str is not matched as a sequence")
match {"k": 1}:
    case {"k": 1, **rest}:
        print("rest is", rest, type(rest).__name__)
x = 5
match 5:
    case y:
        print("capture binds", y, x)
match (1, [2, (3, 4)]):
    case (a, [b, (c, d)]):
        print("nested", a, b, c, d)
