# functools: lru_cache and cache_info, partial, reduce, singledispatch, cached_property, cmp_to_key
import functools
@functools.lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
@functools.cache
def c(x):
    return x
c(1); c(1)
print(c.cache_info())
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords)
p2 = functools.partial(pow, 2)
print(p2(10), repr(functools.partial(max, 1))[:24])
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
@functools.singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
print(show(1), show([1, 2]), show("s"), show(True))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else None)
class Data:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
d = Data()
print(d.value, d.value, d.calls, 'value' in vars(d))
del d.value
print(d.value, d.calls)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
