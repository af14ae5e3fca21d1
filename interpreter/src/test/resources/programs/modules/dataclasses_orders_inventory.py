# Dataclasses for an order system: field defaults and factories, init=False and post_init,
# InitVar, order/frozen/eq/unsafe_hash, KW_ONLY and kw_only, slots, asdict/astuple recursion,
# replace, fields() metadata, make_dataclass, reprs, and the errors of bad definitions.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields, make_dataclass
from typing import ClassVar

@dataclass
class Line:
    sku: str
    qty: int = 1
    price: float = 0.0
    @property
    def total(self):
        return self.qty * self.price

@dataclass(order=True)
class Order:
    sort_key: tuple = field(init=False, repr=False)
    number: int
    lines: list = field(default_factory=list, compare=False)
    discount: InitVar[float] = 0.0
    total: float = field(init=False, default=0.0)
    count: ClassVar[int] = 0
    def __post_init__(self, discount):
        self.total = round(sum(l.total for l in self.lines) * (1 - discount), 2)
        self.sort_key = (-self.total, self.number)
        Order.count += 1

o1 = Order(1, [Line("a", 2, 3.5), Line("b", 1, 10.0)], discount=0.1)
o2 = Order(2, [Line("c", 10, 1.25)])
o3 = Order(3)
print(o1, o2, sep="\n")
print(sorted([o3, o1, o2]) == [o2, o1, o3], [o.number for o in sorted([o3, o1, o2])], Order.count, o1 < o2)
print(asdict(o1), astuple(o2), [f.name for f in fields(o1)], [(f.name, f.init, f.compare) for f in fields(Order)])
print(replace(o2, number=20, discount=0.5).total)
@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"{self.currency} != {other.currency}")
        return replace(self, amount=self.amount + other.amount)
m = Money(5) + Money(7)
print(m, hash(m) == hash(Money(12)), {Money(1), Money(1, "EUR"), Money(1, "USD")} == {Money(1), Money(1, "USD")})
try:
    m.amount = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
@dataclass
class Cmd:
    name: str
    _: KW_ONLY
    retries: int = 3
    tags: list = field(default_factory=list, metadata={"doc": "labels"})
c = Cmd("build", retries=5)
print(c, Opts(level=3), fields(Cmd)[2].metadata["doc"], fields(Cmd)[2].kw_only)
try:
    Cmd("x", 5)
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0
p = Point(1.5)
print(p, Point.__slots__, hasattr(p, "__dict__"), Point(1, 2) == Point(1.0, 2.0), Point.__match_args__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(hash=False, compare=False, default=None)
print(hash(Key(1, [1])) == hash(Key(1, [2])), Key(1) == Key(1, [9]))
Pt3 = make_dataclass("Pt3", [("x", int), ("y", int, field(default=0)), "z"] if False else [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda s: abs(s.x) + abs(s.y)})
print(Pt3(3, -4), Pt3(3, -4).norm(), dataclasses.is_dataclass(Pt3), dataclasses.is_dataclass(Pt3(1)), dataclasses.is_dataclass(int))
for src in ["@dataclass\nclass A:\n    x: int = 0\n    y: int\n",
            "@dataclass\nclass B:\n    x: list = []\n",
            "@dataclass(order=True)\nclass C:\n    x: int\n    def __lt__(self, o): return True\n",
            "@dataclass(frozen=True)\nclass D:\n    x: int\n@dataclass\nclass E(D):\n    y: int\n"]:
    try:
        exec(src, {"dataclass": dataclass})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    asdict(Line)
except TypeError as e:
    print("TypeError:", e)
print(repr(field(default=1))[:30], repr(dataclasses.MISSING).split(" at ")[0], Line.__dataclass_params__ if False else Line.__dataclass_fields__["qty"].default)
