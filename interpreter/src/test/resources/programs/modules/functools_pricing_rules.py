# Pricing rules with functools: singledispatch over classes and ABCs (register by annotation and by
# call, dispatch(), registry), singledispatchmethod, total_ordering from __lt__ and from __ge__,
# cached_property (computed once, stored in __dict__, deletable), lru_cache statistics and
# cache_clear/typed, reduce with and without initial, partial (repr, nested flattening, keywords),
# wraps (__wrapped__, __name__, __doc__), cmp_to_key, and their errors.
import functools
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import singledispatch, total_ordering, cached_property, lru_cache, reduce, partial, wraps, cmp_to_key

@singledispatch
def price(item):
    raise NotImplementedError(f"no price for {type(item).__name__}")
@price.register
def _(item: int):
    return f"int {item}"
@price.register(float)
@price.register(Decimal)
def _(item):
    return f"number {item:.2f}"
@price.register
def _(item: Mapping):
    return "mapping " + ", ".join(f"{k}={price(v)}" for k, v in item.items())
@price.register(Sequence)
def _(item):
    return "seq[" + "; ".join(price(x) for x in item) + "]"
print(price(3), price(2.5), price(Decimal("1.005")), price({"a": 1}), price([1, 2.0]), price(True))
print(price((1, (2.5,))))
try:
    price(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(price.dispatch(bool).__name__, price.dispatch(str) is price.dispatch(list), len(price.registry) >= 6, object in price.registry)
class Calc:
    @functools.singledispatchmethod
    def area(self, shape):
        return "unknown"
    @area.register
    def _(self, shape: tuple):
        return shape[0] * shape[1]
    @area.register
    def _(self, shape: int):
        return shape * shape
print(Calc().area((3, 4)), Calc().area(5), Calc().area("x"))
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
@total_ordering
class Rank:
    def __init__(self, n): self.n = n
    def __ge__(self, o): return self.n >= o.n
print(Rank(1) < Rank(2), Rank(2) <= Rank(2), Rank(3) > Rank(1), sorted(["__lt__", "__le__", "__gt__"]) == sorted(k for k in vars(Rank) if k in ("__lt__", "__le__", "__gt__")))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)
class Report:
    calls = 0
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        Report.calls += 1
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, Report.calls, "total" in vars(r), type(Report.__dict__["total"]).__name__, Report.total.attrname)
del r.total
print(r.total, Report.calls)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
@lru_cache(maxsize=3)
def rate(code):
    return len(code) * 1.1
for c in ["EUR", "USD", "EUR", "GBP", "JPY", "USD", "EUR"]:
    rate(c)
print(rate.cache_info(), rate.cache_parameters())
rate.cache_clear()
print(rate.cache_info())
@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
tax = partial(round, ndigits=2)
vat = partial(partial(lambda rate, amount, *, cur: f"{amount * rate:.2f} {cur}", 1.2), cur="EUR")
print(tax(3.14159), vat(10), repr(tax), vat.func.__name__ if hasattr(vat.func, "__name__") else vat.func, vat.args, vat.keywords)
def log_calls(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@log_calls
def discount(p, pct=10):
    """Apply a discount."""
    return p * (100 - pct) / 100
print(discount(50), discount.__name__, discount.__doc__, discount.__wrapped__.__name__, discount.__qualname__)
print(sorted(["b10", "a2", "b9", "a10"], key=cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError:", e)
