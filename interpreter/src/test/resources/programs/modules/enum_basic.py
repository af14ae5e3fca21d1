# enum.Enum and IntEnum basics
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED is Color(1), Color.RED in Color)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, Num(2), repr(Num.ONE))
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value)
try:
    Color(7)
except ValueError as e:
    print(e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
