# dataclasses: slots with defaults and __weakref__, kw_only fields after defaults, InitVar in replace, frozen inheritance errors, field repr/compare/hash flags
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, replace, asdict, astuple, fields
import weakref

@dataclass(slots=True, weakref_slot=True)
class Node:
    name: str
    children: list = field(default_factory=list)

n = Node("root")
r = weakref.ref(n)
print(n, r() is n, Node.__slots__, hasattr(n, "__dict__"))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)
    tag: str = field(default="", repr=False, hash=False)

vs = [Version(1, 2, 9), Version(1, 2, 0), Version(0, 9), Version(1, 0, 5, "rc")]
print(sorted(vs))
print(Version(1, 2, 9) == Version(1, 2, 0), hash(Version(1, 2)) == hash(Version(1, 2, 7)))
try:
    vs[0].major = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    _: KW_ONLY
    currency: str = "EUR"
    rate: InitVar[float] = 1.0
    def __post_init__(self, rate):
        self.balance *= rate

a = Account("ann", 10, currency="USD", rate=2)
print(a)
b = replace(a, balance=5, rate=3)
print(b)
try:
    replace(a, balance=1)
except ValueError as e:
    print("replace:", e)
print(asdict(a), astuple(a))
print([f.name for f in fields(Account)], [f.kw_only for f in fields(Account)])

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print(e)

@dataclass(frozen=True)
class F:
    x: int
try:
    @dataclass
    class G(F):
        y: int
except TypeError as e:
    print(e)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)

@dataclass
class Unhashable:
    v: int
print(Unhashable.__hash__)

@dataclass(unsafe_hash=True)
class H:
    v: int
    w: list = field(default_factory=list, hash=False)
print(hash(H(3)) == hash((3,)))

print(dataclasses.is_dataclass(a), dataclasses.is_dataclass(Account), dataclasses.is_dataclass(3))
C = dataclasses.make_dataclass("C", [("x", int), ("y", float, field(default=1.5))], namespace={"norm": lambda self: self.x + self.y})
print(C(2), C(2).norm(), C.__module__ == __name__)
print(repr(field(default=3))[:60])
