# An inventory of dataclass items: sorting by several keys, grouping, totals, ordering and replace.
from dataclasses import dataclass, field, replace, asdict
from itertools import groupby
from operator import attrgetter
from decimal import Decimal

@dataclass(order=True)
class Item:
    sort_index: tuple = field(init=False, repr=False)
    name: str
    category: str
    price: Decimal
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = (self.category, -self.price)

    @property
    def value(self):
        return self.price * self.qty

stock = [
    Item("widget", "tools", Decimal("2.50"), 40, ["small"]),
    Item("hammer", "tools", Decimal("12.99"), 5),
    Item("apple", "food", Decimal("0.45"), 300, ["fresh", "red"]),
    Item("bread", "food", Decimal("2.10"), 12),
    Item("lamp", "home", Decimal("24.00"), 3),
    Item("rug", "home", Decimal("89.90"), 1, ["large"]),
]
for it in sorted(stock):
    print(f"{it.category:6} {it.name:8} {it.price:>7} x{it.qty:<4} = {it.value:>9}")
print()
keyf = attrgetter("category")
for cat, group in groupby(sorted(stock, key=keyf), key=keyf):
    g = list(group)
    total = sum((i.value for i in g), Decimal(0))
    print(cat, len(g), total, max(g, key=attrgetter("value")).name)
print(sorted(stock, key=attrgetter("qty", "name"))[:3])
cheap = replace(stock[4], price=Decimal("19.99"))
print(cheap, cheap.sort_index, cheap == stock[4], cheap < stock[4])
d = asdict(stock[2])
print(d)
low = [i.name for i in stock if i.qty < 10]
print("reorder:", ", ".join(low))
print(min(stock), max(stock).name)
try:
    Item("x", "y")
except TypeError as e:
    print(e)
