# Data pipelines on itertools, functools and operator: groupby after sorting, accumulate with a running max, pairwise, batched by islice, starmap, chain.from_iterable, tee, reduce, partial, lru_cache statistics, attrgetter/itemgetter/methodcaller.
import functools
import itertools as it
import operator as op
from collections import namedtuple

Sale = namedtuple("Sale", "region rep amount month")
SALES = [Sale("north", "ann", 120, 1), Sale("south", "bob", 80, 1), Sale("north", "cid", 200, 2),
         Sale("east", "dee", 50, 2), Sale("south", "bob", 95, 3), Sale("north", "ann", 130, 3),
         Sale("east", "eve", 75, 3), Sale("south", "fay", 60, 4)]

by_region = op.attrgetter("region")
for region, group in it.groupby(sorted(SALES, key=by_region), key=by_region):
    g = list(group)
    print(f"{region:<6} n={len(g)} total={sum(map(op.attrgetter('amount'), g)):>4} reps={sorted({s.rep for s in g})}")
amounts = [s.amount for s in SALES]
print(list(it.accumulate(amounts)), list(it.accumulate(amounts, max)), list(it.accumulate(amounts, op.mul, initial=1))[:4])
print([b - a for a, b in it.pairwise(amounts)])
def batched(iterable, n):
    itr = iter(iterable)
    while chunk := tuple(it.islice(itr, n)):
        yield chunk
print(list(batched(range(10), 4)))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.chain.from_iterable(["ab", "cd", ""])))
a, b = it.tee(iter(amounts), 2)
print(next(a), next(a), next(b), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 150, amounts)), list(it.dropwhile(lambda x: x < 150, amounts)))
print(list(it.filterfalse(lambda s: s.amount > 90, SALES))[0], list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.product("AB", repeat=2)), len(list(it.permutations(range(4), 2))), list(it.combinations("abcd", 3))[:2])
print(list(it.combinations_with_replacement("ab", 2)), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat(0, 3)))
print(list(zip(it.count(10, 5), "abc")), list(it.islice(it.count(), 2, 12, 3)))
print(functools.reduce(op.add, amounts), functools.reduce(lambda acc, s: acc | {s.rep}, SALES, set()) == {s.rep for s in SALES})
top = sorted(SALES, key=op.itemgetter(2), reverse=True)[:3]
print([op.itemgetter(1, 2)(s) for s in top], list(map(op.methodcaller("upper"), ["a", "b"])))
print(op.attrgetter("rep", "month")(SALES[0]), op.itemgetter(slice(1, 3))("hello"))
tax = functools.partial(round, ndigits=1)
print(tax(3.14159), tax.func.__name__, tax.keywords, functools.partial(tax, 2.55)())

@functools.lru_cache(maxsize=4)
def months_total(month):
    return sum(s.amount for s in SALES if s.month == month)
print([months_total(m) for m in (1, 2, 1, 3, 4, 5, 1, 2)])
print(months_total.cache_info())
months_total.cache_clear(); print(months_total.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize)
@functools.total_ordering
class Version:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return "v" + ".".join(map(str, self.t))
print(sorted(map(Version, ["1.10", "1.2", "1.2.1", "0.9"])), Version("2.0") >= Version("1.9"))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
print(op.index(7), op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.truediv(7, 2), op.floordiv(7, 2), op.neg(3), op.is_not(None, 1), op.length_hint(iter(range(9))))
try:
    functools.reduce(op.add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    op.itemgetter(5)(SALES[0])
except IndexError as e:
    print("IndexError:", e)
op.attrgetter("price")(SALES[0])
