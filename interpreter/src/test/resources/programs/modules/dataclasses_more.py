# dataclasses: __post_init__, field(init=False, repr=False), inheritance, fields(), replace(), errors
from dataclasses import dataclass, field, fields, replace, is_dataclass, InitVar
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    total: float = field(init=False, repr=False)
    def __post_init__(self):
        self.total = self.price * self.qty
i = Item('pen', 1.5, 4)
print(i, i.total, [f.name for f in fields(i)], is_dataclass(i), is_dataclass(Item), is_dataclass(1))
@dataclass
class Special(Item):
    discount: float = 0.0
s = Special('book', 10.0, 2, 0.5)
print(s, replace(s, qty=3).total)
try:
    Item('x')
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        l: list = []
except ValueError as e:
    print(e)
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3), WithInit(3, 10).x)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None, Item.__hash__)
print(Item.__match_args__, repr(Item.__init__.__qualname__))
