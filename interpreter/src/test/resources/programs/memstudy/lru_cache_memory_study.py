# How much an lru_cache costs, studied the way a blog post does: cache_info as it fills and
# evicts, what the cache keeps alive (results and arguments, counted with weakrefs to them),
# tracemalloc's traced growth per entry for a bounded and an unbounded cache, and cache_clear
# giving it all back.
import functools
import gc
import tracemalloc
import weakref


class Blob:
    def __init__(self, n):
        self.data = [n] * 10


alive = weakref.WeakSet()


@functools.lru_cache(maxsize=32)
def load(key):
    b = Blob(key)
    alive.add(b)
    return b


for k in range(100):
    load(k)
print("after 100 keys:", load.cache_info(), "blobs alive", len(alive))
for k in range(90, 100):
    load(k)
print("hits on the last 10:", load.cache_info().hits)
load.cache_clear()
print("cleared:", load.cache_info(), "blobs alive", len(alive))


def traced_per_entry(maxsize, n):
    @functools.lru_cache(maxsize=maxsize)
    def square(x):
        return x * x
    keys = list(range(1000, 1000 + n))
    gc.collect()
    tracemalloc.start()
    for k in keys:
        square(k)
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size, square.cache_info().currsize


for maxsize in (None, 128, 16):
    size, entries = traced_per_entry(maxsize, 200)
    print(f"maxsize={maxsize}: {entries} entries, traced {size} bytes, {size / 200:.1f} per call")
