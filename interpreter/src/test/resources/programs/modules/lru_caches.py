# An LRU cache by hand on OrderedDict beside functools.lru_cache and cache: hits, misses, evictions.
from collections import OrderedDict
from functools import lru_cache, cache, wraps

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old!r}")
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

c = LRU(3)
for k in "abcadeab":
    if c.get(k) is None:
        c.put(k, k.upper() * 2)
print(c)

calls = []
@lru_cache(maxsize=4)
def square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    square(n)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(9), square.__name__)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(150), fib.cache_info())

@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
print(lru_cache(maxsize=2)(len).cache_parameters())

def memo(fn):
    store = {}
    @wraps(fn)
    def inner(*args, **kw):
        key = args + tuple(sorted(kw.items()))
        if key not in store:
            store[key] = fn(*args, **kw)
        return store[key]
    inner.store = store
    return inner

@memo
def power(b, e=2):
    """Raise b to e."""
    return b ** e
print(power(3), power(3, e=3), power(3), power.__doc__, sorted(power.store.items()))
try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)
