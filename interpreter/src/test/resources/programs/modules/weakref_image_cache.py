# A weakly-referenced image cache: WeakValueDictionary entries vanishing with their last user, WeakKeyDictionary metadata, finalize for cleanup order, WeakSet of listeners, ref callbacks, proxies to dead objects.
# collectors: generational marksweep
import gc
import weakref

class Image:
    instances = 0
    def __init__(self, name, size):
        self.name, self.size = name, size
        Image.instances += 1
    def __repr__(self):
        return f"Image({self.name!r}, {self.size})"

class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.hits = self.misses = 0
    def get(self, name):
        img = self._items.get(name)
        if img is None:
            self.misses += 1
            img = Image(name, len(name) * 100)
            self._items[name] = img
        else:
            self.hits += 1
        return img
    def names(self):
        return sorted(self._items.keys())

cache = Cache()
a = cache.get("logo"); b = cache.get("banner"); a2 = cache.get("logo")
print(a is a2, cache.names(), cache.hits, cache.misses)
del a, a2
print("after del:", cache.names())
c = cache.get("logo")
print(cache.hits, cache.misses, len(cache._items))

meta = weakref.WeakKeyDictionary()
meta[b] = {"views": 3}; meta[c] = {"views": 1}
print(sorted(v["views"] for v in meta.values()), b in meta)
del b
print(len(meta), cache.names())

closed = []
class Handle:
    def __init__(self, n): self.n = n
h1, h2 = Handle(1), Handle(2)
f1 = weakref.finalize(h1, closed.append, "h1")
f2 = weakref.finalize(h2, closed.append, "h2")
print(f1.alive, f1.peek()[2:], f2.detach()[2:], f2.alive)
del h1, h2
print(closed, f1.alive)
f3 = weakref.finalize(c, print, "finalize at exit for", "logo")
f3.atexit = True

class Button:
    def __init__(self): self.listeners = weakref.WeakSet()
    def click(self): return sorted(l.name for l in self.listeners)
class Listener:
    def __init__(self, name): self.name = name
btn = Button()
l1, l2, l3 = Listener("x"), Listener("y"), Listener("z")
for l in (l1, l2, l3): btn.listeners.add(l)
print(btn.click()); del l2; print(btn.click(), len(btn.listeners))

deaths = []
obj = Image("tmp", 1)
r = weakref.ref(obj, lambda ref: deaths.append(("dead", ref() is None)))
p = weakref.proxy(obj)
print(r() is obj, p.name, weakref.getweakrefcount(obj), len(weakref.getweakrefs(obj)))
del obj
print(deaths, r())
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
class Node:
    def __init__(self): self.other = None
n1, n2 = Node(), Node()
n1.other, n2.other = n2, n1
wr = weakref.ref(n1)
del n1, n2
print("cycle alive before collect:", wr() is not None, "collected:", gc.collect() >= 2, wr())
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
wm = weakref.WeakMethod(l1.__init__)
print(wm() is not None); del l1; print(wm())
print("end of program")
