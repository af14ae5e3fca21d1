# A blog post's question: "my memoized function keeps memory after I am done with it" — lru_cache
# holds every argument and result it cached (strong references: weakref shows them alive), an
# unbounded cache grows with each new argument, maxsize evicts the least recently used entry
# (its result freed at once), cache_clear() frees everything, and a cache on a method holds
# `self` too (the instance outlives its last name). Shown with weak references and refcounts.
# Even untyped, f(1) and f(1.0) are two entries: one int argument is its own key, a float is
# wrapped in a key tuple, and the two keys are not equal.
import functools
import gc
import sys
import weakref


class Result:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Result({self.n})"


@functools.lru_cache(maxsize=None)
def compute(n):
    return Result(n * n)


refs = [weakref.ref(compute(n)) for n in range(5)]
print("results alive after the calls:", [r() for r in refs])
print("cache_info:", compute.cache_info())
compute(2)
print("a hit:", compute.cache_info().hits)
compute.cache_clear()
print("after cache_clear:", [r() for r in refs])


@functools.lru_cache(maxsize=2)
def bounded(n):
    return Result(n)


brefs = {}
for n in (1, 2, 1, 3, 4):
    brefs[n] = weakref.ref(bounded(n))
    alive = sorted(k for k, r in brefs.items() if r() is not None)
    print(f"after bounded({n}): alive {alive}")
print("bounded info:", bounded.cache_info())


class Service:
    def __init__(self, name):
        self.name = name

    @functools.lru_cache(maxsize=None)
    def lookup(self, key):
        return Result(key)


svc = Service("db")
svc.lookup(1)
svc.lookup(2)
watch = weakref.ref(svc)
print("service refcount with two cached calls:", sys.getrefcount(svc) - 1)
del svc
gc.collect()
print("service after del: alive", watch() is not None)
Service.lookup.cache_clear()
print("after the method's cache_clear: alive", watch() is not None)

# typed=True keeps 1 and 1.0 apart: two entries, two results
@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return Result(x)


a = typed(1)
b = typed(1.0)
print("typed entries:", typed.cache_info().currsize, a is b)


@functools.lru_cache(maxsize=None)
def untyped(x):
    return Result(x)


c = untyped(1)
d = untyped(1.0)
print("untyped entries:", untyped.cache_info().currsize, c is d)

# cache_parameters and the wrapped function
print("parameters:", compute.cache_parameters(), bounded.cache_parameters())
print("__wrapped__:", compute.__wrapped__.__name__)
