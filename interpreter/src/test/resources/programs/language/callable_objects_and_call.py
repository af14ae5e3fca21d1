# __call__ on instances, callable(), functions as objects with attributes, partial application,
# first-class functions in dicts, higher-order functions, and keyword-only/positional-only
# parameters with their error messages.
import functools


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


double = Multiplier(2)
print(double(21), callable(double), callable(Multiplier), callable(5), callable(print), callable(lambda: 0))
print(list(map(double, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return args, kwargs


c = Counter()
print(c(1, a=2), c(), c.count)


def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


hello = functools.partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punctuation="?"), hello.func is greet, hello.args, hello.keywords)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": max}
print([ops[o](6, 3) for o in ["+", "-", "*", "max"]])


def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs)


print(compose(str.strip, str.upper, lambda s: s + "!")("  hi "))
greet.calls = 3
print(greet.calls, greet.__name__, greet.__defaults__, greet.__code__.co_argcount, greet.__code__.co_varnames)


def pos_only(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4, e=6))
for call in [lambda: pos_only(1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4), lambda: pos_only(1, 2, 3),
             lambda: pos_only(1, 2, 3, d=4, f=0), lambda: greet(), lambda: greet("a", "b", "c", "d"),
             lambda: greet("a", "b", greeting="x"), lambda: double(), lambda: Multiplier(1, 2),
             lambda: "abc"(), lambda: len(1, 2), lambda: int(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def kwargs_only(**kw):
    return kw


print(kwargs_only(a=1, **{"b": 2}), kwargs_only())


def varargs(*args):
    return args


print(varargs(), varargs(1), varargs(*"ab"), type(varargs()).__name__)
apply = lambda f, *a, **k: f(*a, **k)
print(apply(pow, 2, 8), apply(sorted, [3, 1], reverse=True))
print((lambda x, y=2, *r, z, **k: (x, y, r, z, k))(1, z=3, w=4))


class Adder:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return self


print(Adder().add(1).add(2).add(3).total)
m = Adder().add
print(m(5).total, m.__self__.total, type(m).__name__, m.__name__)
