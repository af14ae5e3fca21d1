# A product catalog on dataclasses: frozen and order, field(default_factory, compare=False,
# repr=False, kw_only), __post_init__ with InitVar, replace() running __post_init__ again,
# asdict/astuple over nested records, hashing, and the errors of frozen assignment and replace.
from dataclasses import (dataclass, field, InitVar, replace, asdict, astuple, fields,
                         FrozenInstanceError, is_dataclass)


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


@dataclass(order=True)
class Product:
    sort_index: tuple = field(init=False, repr=False)
    name: str
    price: Money
    tags: list = field(default_factory=list, compare=False)
    discount: InitVar[int] = 0
    sku: str = field(default="?", kw_only=True, compare=False)

    def __post_init__(self, discount):
        if discount:
            self.price = replace(self.price, cents=self.price.cents * (100 - discount) // 100)
        self.sort_index = (self.price, self.name)


items = [
    Product("pen", Money(150), ["office"]),
    Product("lamp", Money(2599), discount=10, sku="L-1"),
    Product("cup", Money(150), tags=["kitchen", "gift"]),
    Product("book", Money(1200, "USD")),
]
for p in sorted(items):
    print(p, str(p.price))
print(asdict(items[1]))
print(astuple(items[2]))
print([f.name for f in fields(Product)], [f.kw_only for f in fields(Product)])
m = Money(5)
try:
    m.cents = 6
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del m.currency
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(m) == hash(Money(5)), m == Money(5, "EUR"), m < Money(5, "USD"))
try:
    Money(1) < Money(1.5, "X") < (1, "EUR")
except TypeError as e:
    print("TypeError:", e)
try:
    replace(items[0], sort_index=())
except ValueError as e:
    print("ValueError:", e)
try:
    replace(items[0], nope=1)
except TypeError as e:
    print("TypeError:", e)
p2 = replace(items[1], discount=50)
print(p2.price, items[1].price)
print(is_dataclass(Money), is_dataclass(m), is_dataclass(int))
try:
    Product("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Product("x", Money(1), [], 5, "sku")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(items[0])
except TypeError as e:
    print("TypeError:", e)
print(Product.__match_args__, Money.__match_args__)
print(repr(Product.__init__.__doc__), Product.__doc__)
