# functools and itertools as everyday code uses them: singledispatch on types and ABCs
# (register by annotation, dispatch of subclasses, the registry), lru_cache statistics and
# typed caching, partial objects' repr and nesting, reduce with and without an initial value,
# wraps keeping metadata, cached_property, and itertools accumulate/groupby/product/
# combinations/permutations/pairwise/islice/tee/chain.from_iterable/zip_longest/starmap/compress.
import functools, itertools, operator
from collections.abc import Sequence, Mapping

@functools.singledispatch
def render(obj):
    return f"<{type(obj).__name__}>"
@render.register
def _(obj: int):
    return f"int {obj}"
@render.register(float)
def _(obj):
    return f"float {obj:.2f}"
@render.register
def _(obj: Sequence):
    return "[" + ", ".join(render(x) for x in obj) + "]"
@render.register
def _(obj: Mapping):
    return "{" + ", ".join(f"{k}: {render(v)}" for k, v in obj.items()) + "}"
@render.register(str)
def _(obj):
    return repr(obj)
print(render(3), render(2.5), render(True), render([1, "a", (2.0,)]), render({"k": [1]}), render(None), render(b"x"))
print(sorted(t.__name__ for t in render.registry), render.dispatch(bool).__name__ if hasattr(render.dispatch(bool), "__name__") else "")

@functools.lru_cache(maxsize=3, typed=True)
def square(x):
    return x * x
for v in [1, 2, 1, 1.0, 3, 4, 1]:
    square(v)
print(square.cache_info(), square.__wrapped__(5), square.cache_parameters())
square.cache_clear()
print(square.cache_info())

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
nested = functools.partial(sq, 9)
print(sq(5), cube_mod(4), nested(), nested.func is power, nested.args, nested.keywords, repr(sq).replace(hex(id(power)), "0x"))
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def traced(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@traced
def documented(x: int) -> int:
    "Doubles x."
    return 2 * x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented(4))

print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], key=lambda w: w[0])
print([(k, list(g)) for k, g in itertools.groupby(data, key=lambda w: w[0])])
print([k for k, _ in itertools.groupby("aaabbbccd")], [(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 1])])
print(list(itertools.product("ab", repeat=2)), len(list(itertools.product(range(3), "xy", [True]))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)), len(list(itertools.permutations(range(4), 3))))
print(list(itertools.pairwise("abcd")), list(itertools.islice(itertools.count(10, 5), 2, 5)), list(itertools.islice("abcdef", None, None, 2)))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.chain.from_iterable(["ab", [1], ()])), list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(None, [0, 1, 0, 2])), list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
try:
    list(itertools.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    itertools.permutations("ab", -1)
except ValueError as e:
    print("ValueError:", e)
