# An order model on Enum/IntFlag/StrEnum and dataclasses (field defaults, post_init validation, ordering, frozen, replace, asdict) serialized to JSON and loaded back
import dataclasses
import enum
import json
from dataclasses import dataclass, field, asdict, astuple, replace
from datetime import date

class Status(enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"

class Perm(enum.IntFlag):
    READ = 1
    WRITE = 2
    ADMIN = 4

class Color(enum.StrEnum):
    RED = enum.auto()
    GREEN = enum.auto()

@dataclass(order=True)
class Item:
    sku: str
    qty: int = 1
    price: float = field(default=0.0, compare=False)

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")

@dataclass(frozen=True)
class Customer:
    name: str
    email: str = field(repr=False)

@dataclass
class Order:
    id: int
    customer: Customer
    items: list[Item] = field(default_factory=list)
    status: Status = Status.NEW
    placed: date = date(2024, 1, 1)
    perms: Perm = Perm.READ

    @property
    def total(self):
        return round(sum(i.qty * i.price for i in self.items), 2)

def encode(o):
    if isinstance(o, enum.Enum):
        return o.value
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(type(o).__name__)

o = Order(7, Customer("Ann", "ann@x.org"), [Item("b", 2, 1.5), Item("a", 1, 9.99)], perms=Perm.READ | Perm.WRITE)
print(o)
print(o.total, sorted(o.items), Item("a") < Item("a", 2), Item("x", 1, 5.0) == Item("x", 1, 6.0))
text = json.dumps(asdict(o), default=encode, sort_keys=True)
print(text)
raw = json.loads(text)
back = Order(raw["id"], Customer(**raw["customer"]), [Item(**i) for i in raw["items"]], Status(raw["status"]),
             date.fromisoformat(raw["placed"]), Perm(raw["perms"]))
print(back == o, back.status, back.perms, repr(back.perms), list(Perm.ADMIN | Perm.READ))
print(astuple(o.items[0]), replace(o.items[0], qty=5), [f.name for f in dataclasses.fields(Order)])
print(Status("paid"), Status["SHIPPED"].value, [s.name for s in Status], Color.RED, Color.GREEN.upper(), f"{Color.RED}")
print(Perm(7), Perm(0), Perm.WRITE in Perm(6), ~Perm.READ, Perm.READ | 8)
try:
    o.customer.name = "Bo"
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
for bad in (lambda: Item("z", 0), lambda: Status("lost"), lambda: Status["lost"], lambda: Order()):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps(o, default=encode))
