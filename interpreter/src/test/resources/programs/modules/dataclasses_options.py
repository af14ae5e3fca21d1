# dataclasses: order, frozen, slots, field defaults and factories, post_init, kw_only
from dataclasses import dataclass, field, FrozenInstanceError, asdict, replace, fields, astuple
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
a, b = Item(2.5, "b"), Item(1.0, "a")
print(sorted([a, b]), a > b, a == Item(2.5, "zzz"))
print(a, asdict(a), astuple(b))
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(P(1, 0)), replace(p, y=9), {p: 1}[P(1)])
@dataclass(slots=True)
class S:
    a: int
    b: str = "s"
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Post:
    x: int
    y: int = field(init=False)
    def __post_init__(self):
        self.y = self.x * 2
print(Post(4), [f.name for f in fields(Post)])
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Eq:
    v: int
print(Eq.__hash__, Eq(1) == Eq(1), Eq(1) == (1,))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
print(Item.__match_args__, repr(Item.__init__.__qualname__))
