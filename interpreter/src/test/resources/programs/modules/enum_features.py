# enum: Flag/IntFlag combinations, StrEnum, aliases, methods, the functional API, tuple values with __init__
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.X), list(Perm.R | Perm.X), bool(Perm(0)), repr(Perm(0)), ~Perm.R)
class F(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(F.A | F.C, repr(F.B), F.A + 1, [m.value for m in F])
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.Y), S.X == 'x', f'{S.Y}')
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3
    def describe(self):
        return self.name.lower()
    @classmethod
    def default(cls):
        return cls.CIRCLE
print(list(Shape), Shape.ALIAS, Shape.SQUARE.describe(), Shape.default(), Shape.__members__.keys())
try:
    unique(Shape)
except ValueError as e:
    print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
print(Shape.SQUARE == 2, Shape.SQUARE is Shape(2), hash(Shape.SQUARE) == hash(Shape.SQUARE), f'{Shape.CIRCLE}', format(IntEnum('N', 'A B').B))
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print(e)
print(isinstance(Shape.SQUARE, Shape), type(Shape), Shape['CIRCLE'])
