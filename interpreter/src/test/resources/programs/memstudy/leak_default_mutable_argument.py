# "Why is my memory not freed?": a mutable default argument grows with every call
# and lives as long as the function.
import sys
import gc

def remember(item, seen=[]):
    seen.append(item)
    return len(seen)

for i in range(5):
    remember("x" * 10)
print("defaults:", len(remember.__defaults__[0]))
print("size of the hidden list:", sys.getsizeof(remember.__defaults__[0]))
referrers = [type(r).__name__ for r in gc.get_referrers(remember.__defaults__[0])]
print("held by:", sorted(referrers))

def remember_fixed(item, seen=None):
    if seen is None:
        seen = []
    seen.append(item)
    return len(seen)

print([remember_fixed(i) for i in range(3)])

def with_kwdefault(*, cache={}):
    cache[len(cache)] = bytearray(100)
    return cache

for _ in range(4):
    with_kwdefault()
print("kwdefaults:", sorted(with_kwdefault.__kwdefaults__["cache"]))
before = sys.getrefcount(with_kwdefault.__kwdefaults__["cache"])
print("cache refcount:", before)
with_kwdefault.__kwdefaults__["cache"].clear()
print("after clear:", len(with_kwdefault()))

class Collector:
    def __init__(self, items=[]):
        self.items = items

a = Collector()
b = Collector()
a.items.append(1)
print("shared between instances:", b.items, a.items is b.items)
print("is the default:", a.items is Collector.__init__.__defaults__[0])
