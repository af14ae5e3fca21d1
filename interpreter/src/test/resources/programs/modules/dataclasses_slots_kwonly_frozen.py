# dataclasses as a model layer uses them: slots=True (no __dict__, __slots__ tuple, weakref_slot),
# kw_only fields and KW_ONLY, frozen errors (FrozenInstanceError's message, delattr), __post_init__
# with InitVar, default_factory, field(init=False, repr=False, compare=False), replace() with
# InitVar and init=False errors, asdict/astuple of nested lists and dicts of dataclasses,
# fields(), match_args, the ordering and hash rules, and the definition-time errors.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
import weakref

@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0
p = Point(1.5)
print(p, Point.__slots__, hasattr(p, '__dict__'), Point.__match_args__)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)
@dataclass(slots=True, weakref_slot=True)
class Node:
    name: str
r = weakref.ref(Node('n'))
print(Node.__slots__, r() is None)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3), [f.kw_only for f in dataclasses.fields(Options)])
try:
    Options(True, 3)
except TypeError as e:
    print('TypeError', e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=9), Mixed.__match_args__)

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = 'EUR'
m = Money(5)
for act in [lambda: setattr(m, 'amount', 6), lambda: delattr(m, 'currency'), lambda: setattr(m, 'new', 1)]:
    try:
        act()
    except dataclasses.FrozenInstanceError as e:
        print('FrozenInstanceError', e, isinstance(e, AttributeError))
print(hash(m) == hash(Money(5)), {m, Money(5, 'EUR')})

@dataclass
class Order:
    items: list = field(default_factory=list)
    discount: InitVar[float] = 0.0
    total: float = field(init=False, default=0.0)
    secret: str = field(default='s', repr=False, compare=False)
    def __post_init__(self, discount):
        self.total = round(sum(self.items) * (1 - discount), 2)
o = Order([10, 20], 0.1)
print(o, o == Order([10, 20], 0.1, secret='other'), 'discount' in [f.name for f in dataclasses.fields(o)])
print(dataclasses.replace(o, items=[1], discount=0.5))
try:
    dataclasses.replace(o, items=[1])
except ValueError as e:
    print('ValueError', e)
try:
    dataclasses.replace(o, total=5)
except ValueError as e:
    print('ValueError', e)

@dataclass
class Line:
    sku: str
    qty: int
@dataclass
class Invoice:
    number: int
    lines: list
    meta: dict
    pair: tuple
inv = Invoice(7, [Line('a', 1), Line('b', 2)], {'by': Line('c', 3)}, (Line('d', 4), 5))
print(dataclasses.asdict(inv))
print(dataclasses.astuple(inv))
print(dataclasses.asdict(inv, dict_factory=lambda kv: [k for k, _ in kv]))
try:
    dataclasses.asdict(Line)
except TypeError as e:
    print('TypeError', e)
print(dataclasses.is_dataclass(inv), dataclasses.is_dataclass(Invoice), dataclasses.is_dataclass(1))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1)]), Version(1) < Version(1, 1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)
print(Version.__hash__, Point.__hash__ is None, Money.__hash__ is not None)
for src in ['@dataclass\nclass A:\n    a: int = 1\n    b: int\n',
            '@dataclass\nclass B:\n    x: list = []\n',
            '@dataclass(order=True)\nclass C:\n    def __lt__(self, o): return True\n',
            '@dataclass(frozen=True)\nclass D(Base):\n    pass\n',
            '@dataclass\nclass E:\n    x: int = field(default=1, default_factory=int)\n']:
    try:
        exec(src, {'dataclass': dataclass, 'field': field, 'Base': Mixed})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
Dyn = dataclasses.make_dataclass('Dyn', ['a', ('b', int), ('c', int, field(default=5))], frozen=True)
print(Dyn(1, 2), Dyn.__qualname__, [f.type for f in dataclasses.fields(Dyn)])
print(type(dataclasses.MISSING).__name__, repr(field(default=1))[:40])
