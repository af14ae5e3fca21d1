# Enums as applications use them: auto() values, aliases and __members__, @unique, _missing_
# for lenient lookup, Flag combinations (reprs, iteration, ~, in), IntFlag arithmetic, StrEnum
# and str(), functional API, _generate_next_value_, member errors and pickling by name.
import enum, pickle
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FINISHED = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper():
                    return m
        return None

print(list(Status), Status.FINISHED, Status.FINISHED is Status.DONE)
print(list(Status.__members__), Status["RUNNING"], Status(2), Status("done"))
for bad in (7, "nope"):
    try:
        Status(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Status["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, list(rw), Perm.X in rw, Perm.R in rw)
print(repr(~Perm.R), repr(Perm(0)), bool(Perm(0)), repr(Perm.R | Perm.X), len(Perm.R | Perm.X))
print(repr(Perm(7)), list(Perm), [m.name for m in Perm.__members__.values()])
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

print(repr(Mode.READ | 1), Mode.READ + 1, repr(Mode(9)), repr(Mode(0)), Mode.WRITE == 2, str(Mode.READ | Mode.EXEC))
print(format(Mode.READ, "03b"), f"{Mode.READ | Mode.WRITE}", repr(~Mode.READ))

class Colour(StrEnum):
    RED = auto()
    GREEN = "g"

print(repr(Colour.RED), str(Colour.RED), Colour.GREEN.upper(), Colour.RED == "red", f"{Colour.GREEN}")

class Planet(IntEnum):
    MERCURY = 1
    VENUS = 2
print(Planet.VENUS * 10, sorted([Planet.VENUS, 0, Planet.MERCURY]), repr(Planet(1)), str(Planet.VENUS), format(Planet.VENUS, ">4"))

class Upper(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Upper])

Animal = Enum("Animal", "ANT BEE CAT", start=10)
print(list(Animal), Animal.BEE.value, Animal.__name__)
print(pickle.loads(pickle.dumps(Status.RUNNING)) is Status.RUNNING)
try:
    Status.DONE.value = 9
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Status):
        EXTRA = 9
except TypeError as e:
    print("TypeError:", e)
print(Status.RUNNING.name, Status.RUNNING.value, type(Status.RUNNING).__name__, isinstance(Status.DONE, Status))
print(enum.Enum.__members__ if False else len(Status), Status.__members__["FINISHED"])
