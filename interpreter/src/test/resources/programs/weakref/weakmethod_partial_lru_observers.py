# WeakMethod against the ways programs keep callbacks: a bound method made anew at each attribute
# read dies at once under weakref.ref but not under WeakMethod; a partial of a bound method and
# an lru_cache'd method keep the instance alive (strong), a WeakMethod lets it go and fires its
# callback once; WeakMethod equality while alive and after death, and its refcount effect.
import functools
import gc
import sys
import weakref


class Sensor:
    def __init__(self, name):
        self.name = name

    def read(self):
        return f"{self.name} reading"

    @functools.lru_cache(maxsize=None)
    def cached(self, x):
        return x * 2

    def __repr__(self):
        return f"Sensor({self.name})"


s = Sensor("s1")
plain = weakref.ref(s.read)
print("weakref.ref to a bound method dies at once:", plain() is None)
events = []
wm = weakref.WeakMethod(s.read, lambda r: events.append("wm died"))
print("WeakMethod alive:", wm()(), "refcount of s", sys.getrefcount(s) - 1)
wm2 = weakref.WeakMethod(s.read)
print("equal while alive", wm == wm2, "hash equal", hash(wm) == hash(wm2))

p = functools.partial(s.read)
print("partial holds the instance", sys.getrefcount(s) - 1)
del p
print("partial gone", sys.getrefcount(s) - 1)

s.cached(3)
print("lru_cache on a method keys on self", sys.getrefcount(s) - 1, Sensor.cached.cache_info().currsize)
Sensor.cached.cache_clear()
print("cache cleared", sys.getrefcount(s) - 1)

del s
print("after del:", wm() is None, wm2() is None, events)
print("dead WeakMethods equal", wm == wm2, "same object equal", wm == wm)

t = Sensor("t")
bus = []
for i in range(3):
    bus.append(weakref.WeakMethod(t.read, lambda r, i=i: events.append(f"bus {i}")))
print([m()() for m in bus])
del t
gc.collect()
print(events)
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print("TypeError:", e)
