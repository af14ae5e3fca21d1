# A module-level memo dict that never shrinks, measured with tracemalloc and
# getsizeof, then replaced by a bounded OrderedDict LRU.
import sys
import tracemalloc
from collections import OrderedDict

_memo = {}

def slow_square(n):
    if n not in _memo:
        _memo[n] = [n * n] * 10
    return _memo[n][0]

tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for i in range(2000):
    slow_square(i)
grown = tracemalloc.get_traced_memory()[0] - base
print("entries:", len(_memo), "dict size:", sys.getsizeof(_memo))
print("traced growth over 150 KB:", grown > 150_000)
_memo.clear()
print("dict size after clear:", sys.getsizeof(_memo))

class LRU:
    def __init__(self, limit):
        self.limit = limit
        self.data = OrderedDict()
        self.evicted = 0
    def get(self, key, compute):
        if key in self.data:
            self.data.move_to_end(key)
            return self.data[key]
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.limit:
            self.data.popitem(last=False)
            self.evicted += 1
        return value

lru = LRU(100)
base = tracemalloc.get_traced_memory()[0]
for i in range(2000):
    lru.get(i % 300, lambda k: [k * k] * 10)
grown = tracemalloc.get_traced_memory()[0] - base
print("lru entries:", len(lru.data), "evicted:", lru.evicted)
print("traced growth under 40 KB:", grown < 40_000)
print("first keys:", list(lru.data)[:5])
tracemalloc.stop()
