# closures and decorators: nested functions, nonlocal, functools.wraps, *args/**kwargs forwarding.
import functools


def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def twice(fn):
    def w(x):
        return fn(fn(x))
    return w


@logged
def add(a, b, c=0):
    return a + b + c


@twice
def inc1(x):
    return x + 1


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


total = 0
c = counter()
adders = make_adders(10)
for i in range(300000):
    total += add(i, 1) + add(i, 2, c=3)
    total += inc1(i)
    total += c()
    total += adders[i % 10](i)
compose = functools.reduce(lambda f, g: lambda x: g(f(x)), [lambda x: x + 1] * 20)
for i in range(30000):
    total += compose(i)
print(total, add.calls, add.__name__)
