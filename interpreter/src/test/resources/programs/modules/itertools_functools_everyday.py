# Learner: itertools and functools in everyday use.
import itertools as it, functools as ft, operator as op

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], op.mul, initial=10)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.combinations("abcd", 2)), len(list(it.permutations(range(4), 3))))
print(list(it.combinations_with_replacement("ab", 2)), list(it.product("ab", repeat=2)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
for k, g in it.groupby("aaabccdd"):
    print(k, list(g), end="; ")
print()
print(list(it.islice(it.count(10, 5), 3)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
a, b = it.tee([1, 2, 3]); print(list(a), list(b))
print(list(it.pairwise("abcd")))
print(ft.reduce(op.add, [1, 2, 3, 4], 100), ft.reduce(lambda a, b: a * b, range(1, 6)))
@ft.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
p = ft.partial(int, base=2); print(p("1011"), p.func, p.keywords)
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(sorted(["b", "A", "c"], key=ft.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
@ft.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
def deco(f):
    @ft.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(): "doc here"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
print(op.itemgetter(1, 0)("ab"), op.attrgetter("real")(3), op.methodcaller("upper")("q"))
class C:
    @ft.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
