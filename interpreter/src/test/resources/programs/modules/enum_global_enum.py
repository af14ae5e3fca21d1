# enum.global_enum as CPython 3.11's: the members' repr names the module instead of the class
# (flags joined with |, a KEEP flag's unnamed bits as a number, an unnamed value as
# module.Class(value); a plain Flag's repr fails as 3.11.7's does), str is the bare name unless the class is a ReprEnum (IntEnum, IntFlag)
# or update_str is given, and the members are put in the module's globals.
import enum
import sys


@enum.global_enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(repr(Color.RED), str(Color.GREEN), f"{Color.RED}", Color.RED is RED, GREEN.value, Color("x") if False else Color(2))


@enum.global_enum
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


print(str(Perm.R | Perm.X), str(Perm(0)), R in (R | W), repr(Perm(0)))
try:
    repr(Perm.R)  # 3.11.7's global_flag_repr does arithmetic on the member: only int flags have it
except TypeError as e:
    print("TypeError:", e)


@enum.global_enum
class Mode(enum.IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2


print(repr(Mode.A), repr(Mode.A | Mode.B), repr(Mode.A | 8), str(Mode.A), repr(Mode(0)), repr(Mode(16)), A + B, format(Mode.B, "03d"))


@enum.global_enum
class Level(enum.IntEnum):
    LOW = 10
    HIGH = 20


print(repr(Level.LOW), str(Level.HIGH), f"{LOW}", LOW < HIGH)


class Shade(enum.IntEnum):
    DARK = 1
    LIGHT = 2


enum.global_enum(Shade, update_str=True)
print(repr(DARK), str(LIGHT), format(LIGHT), sorted(n for n in ("RED", "GREEN", "R", "W", "X", "A", "B", "LOW", "DARK", "LIGHT") if n in globals()))
print(enum.global_enum(Color) is Color, sys.modules[__name__].__dict__["X"] is Perm.X)
