# decorators: with and without arguments, class decorators, stacking order, functools.wraps metadata, decorating methods and classmethods, a memoize with cache stats
import functools, time

def trace(fn=None, *, prefix=">>"):
    if fn is None:
        return functools.partial(trace, prefix=prefix)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{prefix} {fn.__qualname__}({arg_s})")
        result = fn(*args, **kwargs)
        print(f"{prefix} {fn.__name__} -> {result!r}")
        return result
    wrapper.calls = 0
    return wrapper

@trace
def add(a, b=2):
    """Add numbers."""
    return a + b

@trace(prefix="##")
def mul(a, b):
    return a * b

add(1)
mul(3, b=4)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.calls, mul.__qualname__)

def bold(fn):
    print("decorating with bold", fn.__name__)
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    print("decorating with italic", fn.__name__)
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def hello():
    return "hi"
print(hello(), hello.__name__)

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a, **kw):
        if cls not in instances:
            instances[cls] = cls(*a, **kw)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v=1):
        self.v = v
print(Config(5) is Config(6), Config().v, Config.__name__)

def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(P(1, "two"))

class Shop:
    discount = 0.1
    def __repr__(self):
        return "<Shop>"
    @trace
    def price(self, amount):
        return round(amount * (1 - self.discount), 2)
    @classmethod
    @trace(prefix="cm")
    def make(cls):
        return cls()
    @staticmethod
    @trace(prefix="sm")
    def vat(x):
        return x * 0.2
s = Shop.make()
s.price(10)
Shop.vat(50)

def memoize(fn):
    cache = {}
    hits = misses = 0
    @functools.wraps(fn)
    def inner(n):
        nonlocal hits, misses
        if n in cache:
            hits += 1
        else:
            misses += 1
            cache[n] = fn(n)
        return cache[n]
    inner.stats = lambda: (hits, misses, len(cache))
    return inner
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.stats())
def counter():
    c = 0
    def step():
        nonlocal c
        c += 1
        return c
    return step
s1, s2 = counter(), counter()
print(s1(), s1(), s2(), s1.__code__ is s2.__code__, s1.__closure__[0] is not s2.__closure__[0])
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
