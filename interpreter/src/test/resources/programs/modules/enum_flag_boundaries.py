# enum: Flag and IntFlag operators, iteration, aliases, boundaries; IntEnum/StrEnum formatting; unique; the functional API
import enum
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw))
print(list(rw))
print(Perm.R in rw, Perm.X in rw)
print(~Perm.R, repr(~Perm.R))
print(rw & Perm.W, bool(Perm.R & Perm.X))
print(Perm(0), repr(Perm(0)))
print(Perm(7), len(Perm(7)))
print(list(Perm))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([m.value for m in Color], Color.WHITE, list(Color.WHITE))
print(Color.__members__.keys())
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R | 8, repr(P.R | 8))
print(P.R + 1, int(P.W | P.X), format(P.R, 'd'), f"{P.R}")
print(~P.R, repr(~P.R))
print(P(0), repr(P(0)))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), f"{Num.TWO}", format(Num.ONE, '03d'), Num.ONE + Num.TWO, str(Num.TWO))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), f"{S.B}", S.B.upper(), S.A == 'a')
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Animal2 = Enum('Animal2', [('DOG', 10), ('EMU', 20)])
print(Animal2.EMU, Animal2(10))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(list(Shape.__members__), Shape.ALIAS is Shape.SQUARE, list(Shape))
try:
    Shape(7)
except ValueError as e:
    print("ValueError:", e)
print(Shape['CIRCLE'], Shape.CIRCLE.name, Shape.CIRCLE.value)
class B(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    B(7)
except ValueError as e:
    print("ValueError:", e)
class K(Flag, boundary=enum.KEEP):
    A = 1
    B = 2
print(repr(K(7)))
class C2(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(repr(C2(7)))
print(Perm.R.name, rw.name, Perm(0).name)
print(isinstance(Perm.R, Perm), type(rw).__name__)
print(hash(Num.ONE) == hash(1))
