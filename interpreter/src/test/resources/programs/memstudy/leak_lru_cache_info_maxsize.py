# "Why is my memory not freed?": functools.lru_cache keeps every argument and
# every result it caches until they are evicted (maxsize) or cleared;
# cache_info() shows hits, misses and currsize as a bounded and an unbounded
# cache fill up, and weak references show when the results die.
import functools
import weakref

class Result:
    def __init__(self, n):
        self.n = n
        self.payload = [n] * 1000

deaths = []
def note(ref):
    deaths.append("dead")

refs = {}
@functools.lru_cache(maxsize=4)
def compute(n):
    r = Result(n)
    refs[n] = weakref.ref(r, note)
    return r

for n in [1, 2, 3, 1, 4, 5, 1, 6, 2]:
    compute(n)
    alive = sorted(k for k, ref in refs.items() if ref() is not None)
    print(f"call {n}: {compute.cache_info()} alive={alive}")

print("deaths so far:", len(deaths))
compute.cache_clear()
print("after cache_clear:", compute.cache_info(), "alive:", [k for k, r in refs.items() if r() is not None])

@functools.lru_cache(maxsize=None)
def unbounded(key):
    return Result(len(key))

keys = [f"key-{i}" for i in range(6)]
for k in keys + keys[:3]:
    unbounded(k)
print("unbounded:", unbounded.cache_info())
print("parameters:", unbounded.cache_parameters(), compute.cache_parameters())

@functools.lru_cache(maxsize=2, typed=True)
def typed(x):
    return Result(0)
typed(1); typed(1.0); typed(True); typed(1)
print("typed:", typed.cache_info())

@functools.cache
def plain(x):
    return [x]
first = plain(10)
print("cache returns the same object:", plain(10) is first, plain.cache_info())
print("wrapped:", compute.__wrapped__.__name__, compute.__name__)
try:
    compute([1])
except TypeError as e:
    print("TypeError:", e)
