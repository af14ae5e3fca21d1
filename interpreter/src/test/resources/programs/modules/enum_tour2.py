# enum: Flag combinations and iteration, IntEnum/IntFlag arithmetic, auto, _missing_, aliases, unique.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), Perm(0), ~Perm.R, rw & Perm.W, rw ^ Perm.RWX)
print(list(Perm), Perm.RWX.name, Perm(5), Perm(6).name, len(Perm))

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f"{self.name.lower()}#{self.value}"

print(list(Color), Color.CRIMSON is Color.RED, Color("green"), Color(3).describe(), Color.__members__.keys())
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color("purple")
except KeyError as e:
    print("KeyError:", e)

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Priority.LOW < Priority.HIGH, Priority.MID + 1, sorted([Priority.HIGH, 3, Priority.LOW]), Priority(5), int(Priority.HIGH))
print(f"{Priority.MID}", str(Priority.MID), repr(Priority.MID), format(Priority.MID, "03d"), Priority.MID == 5)

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
print(Mode.A | Mode.C, Mode.A | 8, repr(Mode(3)), Mode.B + 1, list(Mode(7)), Mode(0))

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, Shape.SQUARE.upper(), Shape("sq"), Shape.CIRCLE == "circle", repr(Shape.CIRCLE))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

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
    print(p, p.value, f"{p.gravity:.2f}")
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color["BLUE"], hash(Color.RED) == hash(Color.CRIMSON))
