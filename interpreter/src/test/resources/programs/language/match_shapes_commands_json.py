# Learner: match statements over commands, shapes and JSON-like data.
from dataclasses import dataclass

@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float

def area(s):
    match s:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return 0
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case _:
            raise TypeError(f"not a shape: {s!r}")

for s in [Circle(1), Circle(0), Rect(2, 3), Rect(4, 4), Rect(0, 5)]:
    print(s, "->", area(s))
try:
    area("x")
except TypeError as e:
    print(e)

def command(line):
    match line.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["go", d]:
            return f"can't go {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [cmd, *_]:
            return f"unknown {cmd}"
for l in ["go north", "go up", "take a b c", "take", "exit", "", "dance now"]:
    print(repr(l), command(l))

def handle(msg):
    match msg:
        case {"type": "user", "name": str(n), **rest}:
            return f"user {n} extra={sorted(rest)}"
        case {"type": "nums", "values": [int(x), *others]}:
            return f"first {x} then {len(others)}"
        case {"type": t}:
            return f"other type {t}"
        case int() | float() as num if num > 100:
            return "big number"
        case None:
            return "none"
        case (1, 2) | [3, 4]:
            return "pair"
    return "no match"
for m in [{"type": "user", "name": "al", "age": 3}, {"type": "nums", "values": [5, 6, 7]},
          {"type": "nums", "values": ["a"]}, {"type": 1}, 500, 5.5, None, (1, 2), [3, 4], "s"]:
    print(handle(m))
