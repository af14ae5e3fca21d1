# A WeakValueDictionary cache whose values sit in cycles: they leave it only when the collector runs.
# collectors: generational marksweep
import gc
import weakref

class Image:
    def __init__(self, name):
        self.name = name
        self.meta = {"owner": self}

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
        print("loaded", name)
    return img

a = load("a.png")
b = load("b.png")
load("a.png")
print(sorted(cache))
del a
print("still cached (cycle):", sorted(cache))
gc.collect()
print("after collect:", sorted(cache))
load("a.png")
gc.collect()
print(sorted(cache))
b2 = load("b.png")
print(b2 is b)
del b, b2
gc.collect()
print(len(cache))
