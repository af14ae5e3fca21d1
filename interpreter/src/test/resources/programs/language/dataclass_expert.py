# dataclasses: field options, __post_init__, InitVar, frozen, order, slots, kw_only, replace, asdict, reprs
from dataclasses import dataclass, field, InitVar, replace, asdict, astuple, fields, FrozenInstanceError, KW_ONLY, is_dataclass
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta"), Version(1, 2, label="x")])
print(vs)
print(Version(1, 2) == Version(1, 2, label="other"), Version(1) < Version(1, 0, 1))

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    count: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.count = len(self.items) * scale

inv = Inventory("box", ["a", "b"], scale=10)
print(inv, inv.count)
print(asdict(inv), astuple(inv))
print([f.name for f in fields(inv)])
print(replace(inv, name="crate", scale=2))

@dataclass(frozen=True)
class P:
    x: float
    y: float
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = P(3, 4)
print(p, p.dist(), hash(p) == hash(P(3, 4)))
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class S:
    a: int
    b: str = "b"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 1
print(Mixed(5, z=9))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)

@dataclass
class Node:
    val: int
    children: list["Node"] = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(is_dataclass(tree), is_dataclass(Node), is_dataclass(3))
print(Node.__dataclass_fields__["children"].type)
print(repr(field(default=1)).startswith("Field(name=None"))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class WithEq:
    v: int
print(WithEq.__hash__)
print(type(dataclasses.MISSING).__name__)
C2 = dataclasses.make_dataclass("C2", [("q", int), ("r", str, field(default="r"))], bases=(), namespace={"hi": lambda self: "hi"})
print(C2(1), C2(1).hi())
