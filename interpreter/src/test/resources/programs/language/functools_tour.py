# functools: singledispatch, cache and lru_cache stats, total_ordering, partial repr, reduce, wraps.
import functools

@functools.singledispatch
def show(obj):
    return f"object {obj!r}"

@show.register
def _(obj: int):
    return f"int {obj}"

@show.register(list)
def _(obj):
    return "list of " + ", ".join(show(x) for x in obj)

@show.register
def _(obj: float | complex):
    return f"number {obj}"

print(show(3), show("s"), show([1, 2.5, "x"]), show(True), show(1j))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@functools.lru_cache(maxsize=3)
def square(x):
    print("computing", x)
    return x * x

for x in [1, 2, 1, 3, 4, 1, 2]:
    square(x)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())

@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"Money({self.cents})"

print(Money(5) >= Money(3), Money(2) > Money(3), max(Money(1), Money(9)), sorted([Money(3), Money(1)]))
p = functools.partial(int, base=2)
print(repr(p), p("1010"))
def power(base, exp):
    return base ** exp
cube = functools.partial(power, exp=3)
print(repr(cube).split(" at ")[0], cube(2), cube.args, cube.keywords)
p2 = functools.partial(cube, 4)
print(p2(), p2.func is power, p2.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def documented():
    "Docstring here."
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(type(functools.cmp_to_key(lambda a, b: b - a)).__name__, sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
