# A shop's orders as dataclasses: default_factory, __post_init__ with InitVar, frozen records
# and FrozenInstanceError, order=True sorting, slots=True (no __dict__), kw_only fields and
# KW_ONLY, replace() and its errors, asdict/astuple on nested records, fields() metadata, and
# the errors of bad field orders.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, replace, asdict, astuple, fields

@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

@dataclass(slots=True)
class Line:
    sku: str
    qty: int
    unit: Money

    @property
    def total(self):
        return Money(self.qty * self.unit.cents, self.unit.currency)

@dataclass
class Order:
    number: int
    lines: list = field(default_factory=list)
    discount_code: InitVar[str | None] = None
    _: KW_ONLY
    customer: str = "guest"
    discount: float = field(default=0.0, repr=False, metadata={"unit": "fraction"})

    def __post_init__(self, discount_code):
        if discount_code == "TENOFF":
            self.discount = 0.10

    def total(self):
        cents = sum(l.total.cents for l in self.lines)
        return Money(round(cents * (1 - self.discount)))

o = Order(1, [Line("apple", 3, Money(45)), Line("pear", 2, Money(120))], "TENOFF", customer="ann")
print(o)
print(o.total(), o.discount)
print(asdict(o))
print(astuple(o.lines[0]))
print([(f.name, f.kw_only, dict(f.metadata)) for f in fields(o)])
m = Money(100)
try:
    m.cents = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del m.currency
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([Money(5, "USD"), Money(5, "EUR"), Money(1, "ZZZ")]))
print(Money(3) < Money(4), hash(Money(3)) == hash(Money(3)))
try:
    Money(1) < (1, "EUR")
except TypeError as e:
    print("TypeError:", e)
l = o.lines[0]
print(hasattr(l, "__dict__"), Line.__slots__)
try:
    l.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
o2 = replace(o, number=2, discount_code=None)
print(o2, o2.discount)
try:
    replace(o, discount=0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(m, bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Order(3, [], None, "bob")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(o), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(1))
Point = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))], order=True)
print(Point(1), Point(1, 2) > Point(1), Point.__match_args__)
print(Order.__init__.__doc__, repr(Line.__doc__))
