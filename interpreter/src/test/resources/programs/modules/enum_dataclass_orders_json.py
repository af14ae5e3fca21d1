# An order-management model on enum and dataclasses serialized with json: Enum/IntEnum/StrEnum/Flag members, auto, unique, dataclass defaults, __post_init__, field(init=False), asdict/astuple/replace, a custom encoder and decoder hook.
import dataclasses
import json
from dataclasses import dataclass, field
from enum import Enum, IntEnum, Flag, StrEnum, auto, unique

@unique
class Status(StrEnum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = "cancelled"

class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

class Option(Flag):
    GIFT = auto()
    EXPRESS = auto()
    INSURED = auto()
    PREMIUM = EXPRESS | INSURED

@dataclass(frozen=True)
class Line:
    sku: str
    qty: int
    unit_cents: int
    @property
    def total(self):
        return self.qty * self.unit_cents

@dataclass
class Order:
    number: int
    customer: str
    lines: list[Line] = field(default_factory=list)
    status: Status = Status.NEW
    priority: Priority = Priority.NORMAL
    options: Option = Option(0)
    total_cents: int = field(init=False, default=0)
    notes: str = field(default="", repr=False)
    def __post_init__(self):
        if self.number <= 0:
            raise ValueError(f"bad order number {self.number}")
        self.total_cents = sum(l.total for l in self.lines)

class OrderEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Flag):
            return [m.name for m in type(o) if m in o and m.value.bit_count() == 1]
        if dataclasses.is_dataclass(o):
            return {"__type__": type(o).__name__, **{f.name: getattr(o, f.name) for f in dataclasses.fields(o)}}
        return super().default(o)

def decode(d):
    kind = d.pop("__type__", None)
    if kind == "Line":
        return Line(**d)
    if kind == "Order":
        d.pop("total_cents")
        d["status"], d["priority"] = Status(d["status"]), Priority(d["priority"])
        d["options"] = Option(0) if not d["options"] else Option[d["options"][0]].__class__(
            sum(Option[n].value for n in d["options"]))
        return Order(**d)
    return d

o1 = Order(1, "ann", [Line("A1", 2, 250), Line("B2", 1, 999)], options=Option.GIFT | Option.EXPRESS)
o2 = Order(2, "bob", priority=Priority.HIGH, status=Status.PAID, notes="leave at door")
print(o1)
print(o2, o2.total_cents)
print(list(Status), [p.name for p in sorted(Priority, reverse=True)], Priority.HIGH > Priority.LOW, Priority.HIGH + 1)
print(Status.PAID == "paid", Status("shipped"), repr(Status.CANCELLED), f"{Status.NEW}", Status.NEW.upper())
print(Option.PREMIUM, list(Option.PREMIUM), Option.GIFT in o1.options, repr(Option(0)), ~Option.GIFT)
print(o1.options, o1.options.value, Option(7))
text = json.dumps([o1, o2], cls=OrderEncoder, indent=1)
print(text)
back = json.loads(text, object_hook=decode)
print(back == [o1, o2], back[0].lines[0], back[1].options)
print(dataclasses.asdict(o2), dataclasses.astuple(o1.lines[0]))
o3 = dataclasses.replace(o1, number=3, status=Status.SHIPPED)
print(o3.number, o3.status, o3.total_cents, [f.name for f in dataclasses.fields(Order) if not f.init])
try:
    o1.lines[0].qty = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Order(0, "nobody")
except ValueError as e:
    print("ValueError:", e)
try:
    dataclasses.replace(o1, total_cents=1)
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: Status("lost"), lambda: Priority(9), lambda: Option["NOPE"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
json.dumps(o1)
