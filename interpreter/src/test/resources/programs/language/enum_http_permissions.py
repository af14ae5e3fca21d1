# Enums as services use them: an IntEnum of HTTP statuses with _missing_ mapping unknown codes,
# properties on members, a Flag of permissions (composite reprs, iteration, negation, boundary),
# IntFlag arithmetic, StrEnum with auto, aliases, @unique and the errors of bad lookups.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    GONE = 410
    SERVER_ERROR = 500
    FINE = 200

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int) and 500 <= value < 600:
            return cls.SERVER_ERROR
        return None

    @property
    def is_error(self):
        return self >= 400


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


class Mode(IntFlag):
    A = 1
    B = 2
    C = 8


class Color(StrEnum):
    RED = auto()
    DARK_BLUE = auto()
    GREEN = "g"


print(Status(404), repr(Status(503)), Status.FINE is Status.OK, Status(200).name)
print([s.name for s in Status], Status.NOT_FOUND.is_error, Status["GONE"] + 1)
for bad in [302, "404"]:
    try:
        Status(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Status["TEAPOT"]
except KeyError as e:
    print("KeyError:", e)
print(repr(Perm.R | Perm.X), repr(Perm.RW), repr(Perm(0)), repr(~Perm.R), list(Perm.ALL))
print(Perm.W in Perm.RW, bool(Perm(0)), Perm(7) is Perm.ALL, str(Perm.R | Perm.X))
print(repr(Mode.A | Mode.C), repr(Mode(3)), Mode.A + 10, repr(Mode(16 | 1)), repr(~Mode.A))
print(Color.RED, repr(Color.DARK_BLUE), Color.GREEN.upper(), f"{Color.RED}", Color("g"))
print(format(Status.OK), f"{Status.GONE:>6}", str(Status.OK), "%s %d" % (Status.OK, Status.OK))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    Perm.R = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Perm.__members__.keys(), len(Perm), Perm._value2member_map_.keys() >= {1, 2, 4})
print(Status.__members__["FINE"], Status.OK.value, type(Status.OK.value))
