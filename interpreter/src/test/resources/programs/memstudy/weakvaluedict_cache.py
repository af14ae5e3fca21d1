# refcount: expect weakvaluedict_cache.refcount.out
# A cache built on WeakValueDictionary: entries vanish with their objects.
import gc
import weakref

class Image:
    def __init__(self, path):
        self.path = path

cache = weakref.WeakValueDictionary()

def load(path):
    img = cache.get(path)
    if img is None:
        print("loading", path)
        img = Image(path)
        cache[path] = img
    return img

a = load("a.png")
b = load("b.png")
a2 = load("a.png")
print("same object from cache:", a is a2)
print("keys:", sorted(cache.keys()))
del a, a2
print("after dropping a:", sorted(cache.keys()))
load("a.png")
print("temporary load left:", sorted(cache))
c = Image("c.png")
c.self_ref = c
cache["c.png"] = c
del c
print("cycle still cached:", "c.png" in cache)
gc.collect()
print("after collect:", sorted(cache))
print("len:", len(cache))

wk = weakref.WeakKeyDictionary()
class Key:
    pass
k1, k2 = Key(), Key()
wk[k1] = "one"
wk[k2] = "two"
print("WeakKeyDictionary len:", len(wk))
del k1
print("after del k1:", len(wk), list(wk.values()))
ws = weakref.WeakSet()
objs = [Key() for _ in range(4)]
for o in objs:
    ws.add(o)
print("WeakSet:", len(ws))
objs.pop()
objs.pop()
print("WeakSet after two pops:", len(ws))
