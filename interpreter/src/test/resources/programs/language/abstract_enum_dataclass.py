# Three things taught alongside classes: abc.ABC with abstractmethod (cannot instantiate until
# everything is overridden), enum.Enum/IntEnum/auto/Flag, and dataclasses with defaults,
# ordering, frozen instances, field(default_factory) and __post_init__.
import abc
import enum
from dataclasses import dataclass, field, asdict, astuple, replace


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Half(Shape):
    def area(self):
        return 0


print(Rect(2, 3).describe(), isinstance(Rect(1, 1), Shape), sorted(Shape.__abstractmethods__))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1, len(Color), Color.BLUE in Color, {Color.RED: "r"}[Color.RED])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


class Level(enum.IntEnum):
    LOW = enum.auto()
    HIGH = enum.auto()


print(Level.LOW, Level.HIGH + 1, Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]), int(Level.HIGH))


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm(0)))


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


i = Item("pen", 1.5, 4)
print(i, i.total(), i == Item("pen", 1.5, 4), asdict(i), astuple(i), replace(i, qty=0))
i.tags.append("office")
print(Item("x", 1).tags, i.tags)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(0, 9), Version(1)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except Exception as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Temp:
    celsius: float
    fahrenheit: float = field(init=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32


print(Temp(100), Temp(-40).fahrenheit)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
