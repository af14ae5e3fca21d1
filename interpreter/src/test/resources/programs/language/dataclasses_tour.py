# dataclasses: field() defaults and factories, order, frozen, slots, __post_init__, replace, asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    @property
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

@dataclass(slots=True)
class Particle:
    x: float
    y: float
    tags: list = field(default_factory=list)

@dataclass
class Order:
    items: list[str] = field(default_factory=list)
    discount: InitVar[float] = 0.0
    total: float = field(init=False, default=0.0)

    def __post_init__(self, discount):
        self.total = round(len(self.items) * 9.99 * (1 - discount), 2)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, label="x"), Version(1) < Version(1, 0, 1))
c = Color(255, 128, 0)
print(c, c.hex, hash(c) == hash(Color(255, 128, 0)))
try:
    c.r = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(c, g=0))
p = Particle(1.0, 2.0)
p.tags.append("fast")
print(p, Particle(0, 0).tags, hasattr(p, "__dict__"), Particle.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
o = Order(["a", "b", "c"], discount=0.1)
print(o, asdict(o), astuple(o))
print([f.name for f in fields(Order)], dataclasses.is_dataclass(o))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(Version.__match_args__, Color.__dataclass_params__.frozen)
print(repr(field(default=1))[:6])
@dataclass(eq=False)
class Node:
    name: str
print(Node("a") == Node("a"), Node("a").__eq__(Node("a")))
