# enum: _missing_, aliases, auto with _generate_next_value_, Flag combos and iteration, IntFlag boundary, StrEnum, unique, members' reprs and str/format
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

print(list(Shape), Shape(2), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape("circle"), list(Shape.__members__))
try:
    Shape(9)
except ValueError as e:
    print(e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X

print(Perm.R | Perm.W, repr(Perm.R | Perm.X), list(Perm.RWX), Perm(0), repr(Perm(0)))
print(Perm.W in Perm.RWX, ~Perm.R, bool(Perm(0)), len(Perm.RWX))
print(str(Perm.R | Perm.W), format(Perm.X))

class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4
print(Color.RED | 8, repr(Color(9)), Color.RED + 1, str(Color.GREEN), format(Color.BLUE, "03d"))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), f"{Mode.WRITE}", Mode("read"))

class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH * 2, str(Pri.LOW), repr(Pri.LOW), f"{Pri.HIGH}", sorted([Pri.HIGH, 2, Pri.LOW]))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FOO = auto()
    BAR = auto()
print([m.value for m in Auto])

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.value)

try:
    Shape.SQUARE = 5
except AttributeError as e:
    print(e)
try:
    del Shape.SQUARE
except AttributeError as e:
    print(e)
print(Shape.SQUARE.name, Shape.SQUARE._value_, Shape["DIAMOND"])
E = Enum("E", "a b c", start=10)
print(list(E), E.b.value)
print(Perm.__members__.keys())
print(enum.Flag.__name__, type(Perm.R).__mro__[:2])
