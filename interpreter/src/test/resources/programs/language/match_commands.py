# A command interpreter with structural pattern matching over parsed commands and dataclass events.
from dataclasses import dataclass
import shlex

@dataclass
class Move:
    dx: int
    dy: int

@dataclass
class Say:
    text: str
    loud: bool = False

@dataclass
class Quit:
    pass

def parse(line):
    match shlex.split(line):
        case []:
            return None
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return Move(*{"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}[d])
        case ["go", direction]:
            raise ValueError(f"unknown direction {direction!r}")
        case ["move", x, y] if x.lstrip("-").isdigit() and y.lstrip("-").isdigit():
            return Move(int(x), int(y))
        case ["say", *words] if words:
            return Say(" ".join(words))
        case ["shout", *words]:
            return Say(" ".join(words).upper(), loud=True)
        case ["quit" | "exit"]:
            return Quit()
        case [cmd, *rest]:
            raise ValueError(f"unknown command {cmd!r} with {len(rest)} args")

pos = [0, 0]
for line in ["go north", "move 3 -2", "say 'hello there' friend", "shout hi", "", "go up", "move a b", "dance now", "go east", "quit", "go west"]:
    try:
        cmd = parse(line)
    except ValueError as e:
        print(f"{line!r:28} error: {e}")
        continue
    match cmd:
        case Move(dx=0, dy=dy):
            pos[1] += dy
            print(f"{line!r:28} vertical move -> {pos}")
        case Move(dx, dy):
            pos[0] += dx; pos[1] += dy
            print(f"{line!r:28} move -> {pos}")
        case Say(text, loud=True):
            print(f"{line!r:28} LOUD: {text}")
        case Say(text=t):
            print(f"{line!r:28} says {t!r}")
        case Quit():
            print(f"{line!r:28} bye at {pos}")
            break
        case None:
            print(f"{line!r:28} (nothing)")

def describe(obj):
    match obj:
        case {"type": "point", "x": int(x), "y": int(y), **rest}:
            return f"point {x},{y} extra={rest}"
        case {"type": "circle", "r": float() | int() as r} if r > 0:
            return f"circle r={r}"
        case [int(a), *_, int(b)] if a == b:
            return f"list bracketed by {a}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case str() as s if len(s) > 3:
            return f"long str {s[:3]}..."
        case _:
            return f"other {type(obj).__name__}"
print([describe(o) for o in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 2.5}, {"type": "circle", "r": -1},
                             [5, 1, 5], [5, 1], 2, "hello", "hi", None]])
print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.join(["x", "y z", "it's"]), shlex.quote("safe"), shlex.quote("not safe"))
try:
    shlex.split("unclosed 'quote")
except ValueError as e:
    print("ValueError:", e)
