# A symbolic expression simplifier over dataclasses: class patterns with positional and keyword
# sub-patterns, or-patterns, as-patterns, guards, literal and value patterns, nested sequences.
from dataclasses import dataclass

@dataclass(frozen=True)
class Num:
    value: int

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object

class Ops:
    ADD = "+"
    MUL = "*"

def simplify(e):
    match e:
        case BinOp(Ops.ADD, Num(0), x) | BinOp(Ops.ADD, x, Num(0)):
            return simplify(x)
        case BinOp(Ops.MUL, Num(1), x) | BinOp(Ops.MUL, x, Num(1)):
            return simplify(x)
        case BinOp(Ops.MUL, Num(0), _) | BinOp(Ops.MUL, _, Num(0)):
            return Num(0)
        case BinOp(op=op, left=Num(a), right=Num(b)) if op in "+*":
            return Num(a + b if op == "+" else a * b)
        case BinOp(op, l, r) as whole:
            sl, sr = simplify(l), simplify(r)
            if (sl, sr) != (l, r):
                return simplify(BinOp(op, sl, sr))
            return whole
        case Num() | Var():
            return e
        case _:
            raise TypeError(f"not an expression: {e!r}")

def show(e):
    match e:
        case Num(value=v) if v < 0:
            return f"({v})"
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"

exprs = [
    BinOp("+", Num(0), Var("x")),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("*", Var("z"), BinOp("+", Num(0), Num(0))),
    BinOp("+", BinOp("*", Num(1), Var("a")), Num(-4)),
    BinOp("-", Var("a"), Var("b")),
]
for e in exprs:
    print(show(e), "=>", show(simplify(e)))

def classify(cmd):
    match cmd:
        case []:
            return "empty"
        case [("go" | "walk") as verb, ("north" | "south") as d]:
            return f"{verb} {d}"
        case ["take", *items] if items:
            return f"take {len(items)}: {', '.join(items)}"
        case ["say", str(msg)] | ["shout", str(msg)]:
            return f"said {msg!r}"
        case [int(n), *_, int(m)]:
            return f"ints {n}..{m}"
        case {"action": "move", "to": (x, y), **rest}:
            return f"move to {x},{y} extra={sorted(rest)}"
        case {"action": str(a)}:
            return f"action {a}"
        case float() | complex():
            return "number"
        case None | True | False:
            return f"constant {cmd}"
        case _:
            return "?"

for c in [[], ["go", "north"], ["walk", "east"], ["take", "key", "lamp"], ["take"],
          ["shout", "hi"], [1, 2, 3, 9], {"action": "move", "to": [3, 4], "speed": 2, "z": 0},
          {"action": "jump", "height": 2}, 3.5, 2j, None, True, "text", (5, 6)]:
    print(repr(c), "->", classify(c))
try:
    simplify("oops")
except TypeError as exc:
    print("TypeError:", exc)
