# enum: auto, Flag, IntFlag, StrEnum, _missing_, reprs, aliases, unique, iteration, members
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember
import enum

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1  # alias
print(list(Color), Color.CRIMSON, Color(1), Color["GREEN"], repr(Color.BLUE))
print(Color.__members__.keys(), Color.RED.name, Color.RED.value)
print(len(Color), Color.RED in Color, 1 in Color.__members__.values())

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), Perm.R in rw, ~Perm.R, Perm(0), bool(Perm(0)))
print(Perm.RWX, list(Perm), Perm(7).name, rw.name)
print(repr(Perm.R & Perm.X), Perm.W ^ Perm.RWX)

class Mode(IntFlag):
    A = 1
    B = 2
    C = 8
print(Mode.A | Mode.C, repr(Mode.A | 4), Mode.B + 1, Mode(3), repr(Mode(16)), format(Mode.C), str(Mode.A | Mode.B))

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE.upper(), f"{Shape.SQUARE}", Shape("circle"))

class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.HIGH + 1, repr(Level.LOW), str(Level.HIGH), f"{Level.LOW}", format(Level.HIGH, "03d"))

class Status(Enum):
    OK = "ok"
    FAIL = "fail"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("OK"), Status("Fail"))
try:
    Status("maybe")
except ValueError as e:
    print(e)
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p.name, f"{p.gravity:.2f}", p.value)

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    NORTH = auto()
    SOUTH = auto()
print([m.value for m in Ordinal])

try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print(e)
print(Color.RED is Color(1), Color.RED == 1, hash(Color.RED) == hash("RED"))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
print(Perm.__members__)
print(enum.Flag.__mro__[-1], type(Color).__name__)
