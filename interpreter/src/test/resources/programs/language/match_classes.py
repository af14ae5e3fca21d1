# Class patterns: __match_args__ (dataclasses and namedtuple set it), keyword sub-patterns,
# builtins matching themselves with one positional sub-pattern, isinstance with subclasses.
import collections
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


@dataclasses.dataclass(match_args=False)
class NoArgs:
    a: int


Pair = collections.namedtuple("Pair", ["first", "second"])


class Manual:
    __match_args__ = ("name", "size")

    def __init__(self, name, size):
        self.name = name
        self.size = size


class Sub(Manual):
    pass


class Bare:
    def __init__(self):
        self.value = 1


print(Point.__match_args__, Pair.__match_args__, Manual.__match_args__, hasattr(NoArgs, "__match_args__"))


def label(o):
    r = repr(o)
    return f"<{type(o).__name__}>" if " at 0x" in r else r


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"y axis at {y}"
        case Point(x=x, y=0):
            return f"x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere {p}"
        case Pair(a, second=b):
            return f"pair {a} {b}"
        case Sub(name, size=s):
            return f"sub {name} {s}"
        case Manual(n):
            return f"manual {n}"
        case NoArgs(a=a):
            return f"noargs {a}"
        case Bare(value=v):
            return f"bare {v}"
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list(l) | tuple(l):
            return f"list or tuple of {len(l)}"
        case dict(d):
            return f"dict {d}"
        case set(s) | frozenset(s):
            return f"set-like {sorted(s)}"
        case object(__class__=c):
            return f"object of {c.__name__}"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), Pair(1, 2), Sub("s", 9), Manual("m", 1),
          NoArgs(3), Bare(), True, 3, 2.5, "text", b"b", bytearray(b"ba"), [1, 2], (1,), {"k": 1}, {3, 1},
          frozenset({2}), None, 1j]:
    print(label(p), "->", where(p))


# an int subclass keeps matching itself; a class that defines __match_args__ stops it
class MyInt(int):
    pass


class Named(int):
    __match_args__ = ("real",)


match MyInt(5):
    case int(x):
        print("MyInt matched as int", x, type(x).__name__)
match Named(6):
    case Named(r):
        print("Named matched its real", r, type(r).__name__)

# a missing attribute is no match, not an error
match Bare():
    case Bare(missing=1):
        print("unexpected")
    case Bare(value=1):
        print("value only")

# __instancecheck__ decides the isinstance test
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)


class Anything(metaclass=Meta):
    pass


match 3:
    case Anything():
        print("3 is an Anything")
match "x":
    case Anything():
        print("unexpected")
    case _:
        print("'x' is not")
