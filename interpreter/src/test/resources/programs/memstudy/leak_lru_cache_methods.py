# "Why is my memory not freed?": functools.lru_cache on a method keeps every
# instance it was called with alive until the cache is cleared.
# refcount: expect leak_lru_cache_methods.refcount.out
import functools
import gc
import weakref

class Report:
    instances = 0
    def __init__(self, name):
        Report.instances += 1
        self.name = name
        self.rows = list(range(200))

    @functools.lru_cache(maxsize=None)
    def total(self):
        return sum(self.rows)

refs = []
for i in range(5):
    r = Report(f"r{i}")
    refs.append(weakref.ref(r))
    print(r.name, r.total())
del r
gc.collect()
print("alive after loop:", sum(1 for w in refs if w() is not None))
print("cache info:", Report.total.cache_info())
Report.total.cache_clear()
print("alive after cache_clear:", sum(1 for w in refs if w() is not None))
print("cache info:", Report.total.cache_info())

@functools.lru_cache(maxsize=3)
def square(n):
    return [n] * 100

for n in [1, 2, 3, 1, 4, 5, 1]:
    square(n)
info = square.cache_info()
print("bounded cache:", info.hits, info.misses, info.maxsize, info.currsize)
print("parameters:", square.cache_parameters())

class Fixed:
    def __init__(self):
        self.rows = list(range(200))
        self.total = functools.lru_cache(maxsize=None)(self._total)
    def _total(self):
        return sum(self.rows)

f = Fixed()
w = weakref.ref(f)
print(f.total())
del f
print("per-instance cache, after del:", w() is None)
gc.collect()
print("after collect:", w() is None)
