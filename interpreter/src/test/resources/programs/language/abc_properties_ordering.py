# Abstract base classes, properties and ordering in a small domain model: ABC with abstract
# methods, properties and classmethods (instantiation errors naming them in order),
# register() virtual subclasses, __subclasshook__, collections.abc mixin methods from a minimal
# Sequence and MutableMapping, property setter validation and deleter, and total_ordering
# filling in comparisons (with NotImplemented for foreign types).
from abc import ABC, abstractmethod
from collections.abc import Sequence, MutableMapping, Sized, Iterable, Hashable
from functools import total_ordering

class Instrument(ABC):
    @property
    @abstractmethod
    def symbol(self): ...

    @abstractmethod
    def price(self): ...

    @classmethod
    @abstractmethod
    def parse(cls, text): ...

    def describe(self):
        return f"{self.symbol} @ {self.price():.2f}"

try:
    Instrument()
except TypeError as e:
    print("TypeError:", e)
class HalfDone(Instrument):
    def price(self):
        return 1.0
try:
    HalfDone()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Instrument.__abstractmethods__), sorted(HalfDone.__abstractmethods__))

@total_ordering
class Stock(Instrument):
    def __init__(self, symbol, price):
        self._symbol, self.last = symbol, price
    @property
    def symbol(self):
        return self._symbol
    def price(self):
        return self.last
    @classmethod
    def parse(cls, text):
        s, p = text.split(":")
        return cls(s, float(p))
    @property
    def last(self):
        return self._last
    @last.setter
    def last(self, value):
        if value < 0:
            raise ValueError("negative price")
        self._last = value
    @last.deleter
    def last(self):
        print("  clearing price")
        self._last = 0.0
    def __eq__(self, other):
        if not isinstance(other, Stock):
            return NotImplemented
        return self.last == other.last
    def __lt__(self, other):
        if not isinstance(other, Stock):
            return NotImplemented
        return self.last < other.last
    __hash__ = None

a, b = Stock.parse("ACME:12.5"), Stock("XYZ", 9.75)
print(a.describe(), b.describe(), a > b, a >= b, a <= b, b < a, a == Stock("Z", 12.5), a != b)
try:
    a.last = -1
except ValueError as e:
    print("ValueError:", e)
try:
    a.symbol = "NEW"
except AttributeError as e:
    print("AttributeError:", e)
del a.last
print(a.last, sorted([a, b, Stock("M", 5)], key=lambda s: s.symbol)[0].symbol, [s.symbol for s in sorted([a, b, Stock("M", 5)])])
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)
print(Stock.__le__.__qualname__ if hasattr(Stock.__le__, "__qualname__") else "", Stock.__gt__ is not object.__gt__)

class Bond:
    def price(self):
        return 100.0
Instrument.register(Bond)
print(isinstance(Bond(), Instrument), issubclass(Bond, Instrument), Bond.__mro__[1:])

class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen), isinstance("x", Sized), isinstance(3, Iterable), isinstance([], Hashable))

class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i
c = Countdown(5)
print(list(c), 3 in c, c.index(2), c.count(5), list(reversed(c)), c[0], len(c))

class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
ld = LowerDict({"A": 1}, B=2)
ld.setdefault("c", 3)
print(dict(ld), ld["a"], "B" in ld, ld.get("Z", 0), ld.pop("A"), sorted(ld.items()), ld == {"b": 2, "c": 3})
try:
    class Bad(Sequence):
        pass
    Bad()
except TypeError as e:
    print("TypeError:", e)
