# Enums in an access-control module: Flag composition, membership, iteration and len of
# combined flags, negation, boundaries (STRICT, CONFORM, KEEP), IntFlag arithmetic, auto values,
# _missing_ for lookups by alias, unique and its error, StrEnum/IntEnum, member reprs and str,
# __members__ aliases, functional API, and lookup errors.
import enum
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, unique

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC
p = Perm.READ | Perm.EXEC
print(p, repr(p), p.value, Perm.READ in p, Perm.RW in p, list(p), len(p), bool(Perm(0)), repr(Perm(0)))
print(~Perm.READ, ~Perm.ALL, Perm.ALL & ~Perm.WRITE, Perm.RW ^ Perm.ALL, list(Perm), [m.name for m in Perm.ALL], Perm.RW.name, (Perm.READ | Perm.EXEC).name)
print(Perm(3), Perm(7) is Perm.ALL, Perm["WRITE"], list(Perm.__members__), format(Perm.RW), f"{Perm.READ}")
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.W
print(m, repr(m), m + 1, m | 8, repr(Mode(9)), Mode(6) == 6, int(Mode.X), format(m, "03b"), oct(m), ~Mode.R, repr(~Mode.R))
class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2
try:
    Strict(5)
except ValueError as e:
    print("ValueError:", e)
print(repr(Conform(5)), repr(Keep(5)), Keep(5).value)
class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None
print(Status("ACTIVE"), Status("Closed").name, Status.CLOSED.value, repr(Status.SUSPENDED), Status.ACTIVE == "active")
for bad in ["gone", 3]:
    try:
        Status(bad)
    except ValueError as e:
        print("ValueError:", e, "| context:", type(e.__context__).__name__ if e.__context__ else None)
try:
    Status["active"]
except KeyError as e:
    print("KeyError:", e)
class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), list(Color.__members__.items()))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Level.HIGH > Level.LOW, Level.LOW + 10, sorted([Level.HIGH, 0, Level.LOW]), str(Level.LOW), repr(Level.LOW), f"{Level.HIGH}", Level(2).name)
class Env(StrEnum):
    DEV = auto()
    PROD = "production"
print(Env.DEV, repr(Env.DEV), Env.PROD.upper(), Env.DEV == "dev", "-".join(Env), Env("production").name)
Shape = Enum("Shape", "CIRCLE SQUARE TRIANGLE")
Pri = Enum("Pri", [("LOW", 10), ("HIGH", 20)])
print(list(Shape), Shape.SQUARE.value, Pri(20), repr(Pri.LOW), Shape.__name__, Pri.__members__["HIGH"])
class Planet(Enum):
    EARTH = (5.97e24, 6.371e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 3)
print(Planet.MARS.gravity, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bigger(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
print(Color.RED.__class__, type(Color), isinstance(Perm.READ, Flag), Perm.READ._value_, Perm._member_names_, dir(Status)[:5])
