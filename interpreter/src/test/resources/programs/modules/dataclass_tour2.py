# dataclasses: defaults, __post_init__, InitVar, KW_ONLY, frozen, slots, order, fields, asdict/astuple.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
from typing import ClassVar

@dataclass
class Rect:
    w: float
    h: float = 1.0
    label: str = field(default="", repr=False)
    area: float = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self):
        self.area = self.w * self.h
        Rect.count += 1

r = Rect(3, 4, "box")
print(r, r.area, Rect.count, fields(r)[0].name, [f.name for f in fields(Rect)])

@dataclass
class Account:
    owner: str
    secret: InitVar[str]
    _: KW_ONLY
    balance: int = 0
    hashed: str = field(init=False, default="")
    def __post_init__(self, secret):
        self.hashed = secret[::-1]

a = Account("ann", "pw123", balance=5)
print(a, asdict(a))
try:
    Account("bob", "x", 10)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

vs = sorted(Version.parse(s) for s in ["1.10.0", "1.2.3", "0.9", "1.2"])
print(vs, max(vs), hash(Version(1)) == hash(Version(1, 0, 0)), {Version(1), Version(1, 0)})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(vs[0], patch=9), astuple(vs[-1]))

@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
print(p, Pt.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)
t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(asdict(t))
print(astuple(t))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
print(C(1), C(1).total(), is_dataclass(C), is_dataclass(C(1)), is_dataclass(int))
print(Rect.__eq__(r, Rect(3, 4)), r == Rect(3, 4, "other"), Rect.__match_args__)
