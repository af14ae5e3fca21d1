# enum: Enum with auto, IntEnum arithmetic, Flag combinations and iteration, unique, members' reprs.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

class Sound(StrEnum):
    BARK = auto()
    MEOW = "meow"

print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.LOW}", int(Priority.HIGH))
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)))
print(Perm.RWX, list(Perm), ~Perm.R, Perm.RWX & ~Perm.W)
m = Mode.READ | Mode.WRITE
print(m, repr(m), int(m), m & 4, Mode(7), repr(Mode(8 | 1)))
print(Sound.BARK, repr(Sound.MEOW), Sound.BARK.upper(), Sound("meow"))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print(Color.__members__.keys(), len(Color))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2
print(f"{Planet.EARTH.gravity:.2f} {Planet.MARS.gravity:.2f}", Planet.MARS.value)
print({Color.RED: 1}[Color.CRIMSON], Color.RED == 1, Priority.LOW == 1)
