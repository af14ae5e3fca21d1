# "Why is my memory not freed?": objects that register themselves in a class
# attribute list, a module-level dict cache, or an instance counter dict
# never die while the class or module lives; the fixes compared side by side.
import gc
import sys
import weakref

class Tracked:
    instances = []
    def __init__(self, name):
        self.name = name
        self.buf = bytes(10_000)
        Tracked.instances.append(self)

class WeakTracked:
    instances = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        self.buf = bytes(10_000)
        WeakTracked.instances.add(self)

_cache = {}
def load(name):
    if name not in _cache:
        _cache[name] = bytes(20_000)
    return _cache[name]

def work():
    a = Tracked("a")
    b = WeakTracked("b")
    data = load("config")
    return a.name + b.name + str(len(data))

for _ in range(5):
    work()
gc.collect()
print("Tracked kept:", len(Tracked.instances))
print("WeakTracked kept:", len(WeakTracked.instances))
print("cache entries:", len(_cache), "cache value refs:", sys.getrefcount(_cache["config"]) - 1)
print("bytes kept by Tracked:", sum(len(t.buf) for t in Tracked.instances))
Tracked.instances.clear()
print("after clear:", len(Tracked.instances))

class Counter:
    seen = {}
    def __init__(self, key):
        self.key = key
        Counter.seen[self] = Counter.seen.get(self, 0) + 1
for i in range(3):
    Counter(i)
print("dict keyed by instances keeps them:", len(Counter.seen))
kept = next(iter(Counter.seen))
print("refcount of a kept instance:", sys.getrefcount(kept) - 1)
Counter.seen.clear()
print("refcount after clear:", sys.getrefcount(kept) - 1)
