# An order-processing pipeline with itertools, functools and operator: groupby after sort,
# accumulate with initial, pairwise, islice, chain.from_iterable, tee, zip_longest, starmap,
# product/combinations/permutations counts, reduce, partial, lru_cache statistics,
# singledispatch, cmp_to_key, total_ordering, attrgetter/itemgetter/methodcaller.
import itertools as it, functools as ft, operator as op
from collections import namedtuple

Order = namedtuple("Order", "id customer region amount day")
orders = [Order(1, "ann", "west", 120, 1), Order(2, "bob", "east", 80, 1), Order(3, "ann", "west", 45, 2),
          Order(4, "cy", "east", 300, 2), Order(5, "bob", "east", 15, 3), Order(6, "dee", "north", 99, 3),
          Order(7, "ann", "west", 60, 4)]

by_region = sorted(orders, key=op.attrgetter("region", "day"))
for region, grp in it.groupby(by_region, key=op.attrgetter("region")):
    g = list(grp)
    print(f"{region:<6} n={len(g)} total={sum(map(op.attrgetter('amount'), g))} ids={[o.id for o in g]}")
daily = [sum(o.amount for o in g) for _, g in it.groupby(orders, key=op.attrgetter("day"))]
print(daily, list(it.accumulate(daily)), list(it.accumulate(daily, max, initial=0)),
      list(it.accumulate(daily, op.mul)))
print([b - a for a, b in it.pairwise(daily)], list(it.islice(it.count(10, 5), 3, 7)))
print(list(it.chain.from_iterable([o.customer] * 2 for o in orders[:3])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
a, b = it.tee(o.amount for o in orders)
next(b)
print(list(zip(a, b))[:3], list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.takewhile(lambda o: o.amount > 50, orders)),
      [o.id for o in it.dropwhile(lambda o: o.day < 3, orders)], list(it.filterfalse(None, [0, 1, "", "x"])))
print(len(list(it.product("ab", repeat=3))), list(it.combinations("abcd", 2))[:4],
      list(it.combinations_with_replacement("ab", 2)), len(list(it.permutations(range(5), 3))))
print(list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)), list(it.batched(range(5), 2)) if hasattr(it, "batched") else "no batched")
print(ft.reduce(op.add, (o.amount for o in orders)), ft.reduce(lambda acc, o: acc | {o.customer}, orders, set()) == {"ann", "bob", "cy", "dee"})

@ft.lru_cache(maxsize=3)
def shipping(region, weight):
    return {"west": 5, "east": 7}.get(region, 9) + weight // 10

for o in orders:
    shipping(o.region, o.amount)
print(shipping.cache_info(), shipping.__wrapped__("west", 0))
shipping.cache_clear()
print(shipping.cache_info())

@ft.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(Order)
def _(x):
    return f"order #{x.id}"
print([describe(v) for v in (3, [1, 2], orders[0], "s", True)], describe.dispatch(bool).__name__)

@ft.total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __repr__(self): return f"${self.cents / 100:.2f}"
ms = [Money(500), Money(120), Money(999)]
print(sorted(ms), max(ms), Money(1) >= Money(1), Money(2) > Money(3))
print(sorted(["b10", "a2", "a10"], key=ft.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
tax = ft.partial(round, ndigits=1)
print(tax(3.14159), tax.func.__name__, tax.keywords, repr(ft.partial(max, 1)))
print(list(map(op.itemgetter(1, 3), orders[:2])), op.methodcaller("upper")("ab"), op.itemgetter(slice(1, 3))("abcd"))
print(sorted(orders, key=op.attrgetter("amount"), reverse=True)[0].id, op.add("a", "b"), op.neg(3), op.contains([1], 1))
print(ft.reduce(op.mul, [], 1), list(it.accumulate([])), sum(it.chain(range(3), range(3))))
try:
    ft.reduce(op.add, [])
except TypeError as e:
    print("TypeError:", e)
