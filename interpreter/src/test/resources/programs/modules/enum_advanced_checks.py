# Enum features a configuration library leans on: _generate_next_value_, member/nonmember,
# verify(UNIQUE, CONTINUOUS, NAMED_FLAGS) and their messages, enum.property, Flag pseudo-members
# and _numeric_repr_, FlagBoundary EJECT, _ignore_, __init_subclass__ on an enum base, pickling,
# global_enum repr, ReprEnum, and how members compare and hash.
import enum
import pickle
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember

class Lower(StrEnum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")
    DRY_RUN = auto()
    FULL = auto()
print(list(Lower), Lower.DRY_RUN.value, Lower("full"))
class Counted(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 10
    A = auto()
    B = auto()
    C = 5
    D = auto()
print([(m.name, m.value) for m in Counted])
class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    MUL = member(lambda a, b: a * b)
    VERSION = nonmember(2)
    def __call__(self, a, b):
        return self.value(a, b)
print(list(Ops.__members__), Ops.ADD(2, 3), Ops.MUL(2, 3), Ops.VERSION)
for src in ["@verify(UNIQUE)\nclass A(Enum):\n    X = 1\n    Y = 1\n", "@verify(CONTINUOUS)\nclass B(IntEnum):\n    X = 1\n    Y = 3\n",
            "@verify(NAMED_FLAGS)\nclass C(Flag):\n    X = 1\n    Y = 2\n    Z = 7\n", "@verify(UNIQUE, CONTINUOUS)\nclass D(IntEnum):\n    X = 1\n    Y = 2\n"]:
    try:
        ns = {"verify": verify, "UNIQUE": UNIQUE, "CONTINUOUS": CONTINUOUS, "NAMED_FLAGS": NAMED_FLAGS, "Enum": Enum, "IntEnum": IntEnum, "Flag": Flag}
        exec(src, ns)
        print("ok", [k for k in ns if len(k) == 1])
    except ValueError as e:
        print("ValueError:", e)
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
print(Color(3), repr(Color(3)), Color(6).name, repr(Color.WHITE), list(Color.WHITE), Color.RED | Color.GREEN | Color.BLUE is Color.WHITE)
class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2
print(Eject(7), type(Eject(7)).__name__, Eject(3))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm(15)), str(Perm(15)), Perm(15).value, repr(Perm(0)), str(Perm.R | Perm.X), f"{Perm.W:d}", Perm.R + Perm.W)
class Shape(Enum):
    _ignore_ = ["tmp"]
    SQUARE = 4
    tmp = 9
    TRIANGLE = 3
    @enum.property
    def sides(self):
        return self.value
print(list(Shape), Shape.SQUARE.sides, hasattr(Shape, "tmp"))
class Base(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)
    def describe(self):
        return f"{type(self).__name__}.{self.name}={self.value}"
class Child(Base):
    ONE = 1
print(Child.ONE.describe())
for m in [Color.RED, Color(3), Perm.R | Perm.W, Lower.FULL, Counted.D]:
    print(repr(pickle.loads(pickle.dumps(m))), pickle.loads(pickle.dumps(m)) is m or pickle.loads(pickle.dumps(m)) == m)
print(Color.RED == 1, Perm.R == 4, hash(Perm.R) == hash(4), Color.RED in Color, 1 in Color.__members__.values(), 4 in Perm.__members__.values())
print(isinstance(Lower.FULL, enum.ReprEnum), issubclass(IntEnum, enum.ReprEnum), format(Lower.FULL), str(Perm.R), repr(enum.Enum.__dict__.get("name")) [:0])
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(Color.__members__), Color._member_map_["RED"], len(Color), len(Perm), [m.name for m in reversed(Color)])
print(enum.show_flag_values(Color.WHITE.value) if hasattr(enum, "show_flag_values") else None, Color.WHITE._value_, Perm._boundary_, Color._boundary_)
