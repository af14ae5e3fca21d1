# functools.lru_cache as a reference holder: each cache entry keeps the argument objects (in its
# key) and the result; cache_clear releases them; maxsize evictions drop the oldest; typed=True
# keys add the types; a bounded cache of size 0 holds nothing; cache_info's counters.
import functools
import sys


class Arg:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Arg) and other.n == self.n


class Result:
    pass


def rc(obj):
    return sys.getrefcount(obj) - 2


made = []


@functools.lru_cache(maxsize=2)
def compute(arg):
    r = Result()
    made.append(r)
    return r


a1, a2, a3 = Arg(1), Arg(2), Arg(3)
print("args", rc(a1), rc(a2), rc(a3))
r1 = compute(a1)
print("after one call: arg", rc(a1), "result", rc(r1))
compute(a1)
print("hit: arg", rc(a1), "result", rc(r1), compute.cache_info())
compute(a2)
compute(a3)
print("evicted a1:", rc(a1), rc(a2), rc(a3), "result", rc(r1), compute.cache_info())
compute.cache_clear()
print("cleared:", rc(a1), rc(a2), rc(a3), compute.cache_info())
made.clear()


@functools.lru_cache(maxsize=None)
def unbounded(x, y=None):
    return [x, y]


k = Arg(7)
res = unbounded(k, y=k)
print("keyword call: key holds", rc(k), "result", rc(res))
unbounded(k)
print("positional call adds an entry", rc(k), unbounded.cache_info())
unbounded.cache_clear()
print("cleared", rc(k), rc(res))


@functools.lru_cache(maxsize=0)
def nocache(x):
    return Result()


z = Arg(9)
nocache(z)
nocache(z)
print("maxsize 0:", rc(z), nocache.cache_info())


@functools.lru_cache(typed=True)
def typed(x):
    return x


typed(1)
typed(1.0)
typed(True)
print("typed entries", typed.cache_info().currsize)
print("cache_parameters", typed.cache_parameters())
print("wrapped held", rc(typed.__wrapped__))
