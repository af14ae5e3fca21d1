# Deprecation handling and caches: warnings.warn with categories and stacklevel, filters
# (simplefilter, filterwarnings by message/module regex, "error", "once", "ignore"),
# catch_warnings(record=True), showwarning to stderr, warnings turned into exceptions; then a
# weakref-based cache (WeakValueDictionary, WeakKeyDictionary, finalize, ref callbacks, WeakSet).
import gc, warnings, weakref

def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2

def risky(v):
    if v < 0:
        warnings.warn(f"negative value {v} clamped", UserWarning)
        return 0
    return v

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1); old_api(2); risky(-5); risky(-5)
    warnings.warn("plain message")
    warnings.warn(RuntimeWarning("an instance"))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for v in (-1, -1, -2):
        risky(v)
print(len(caught), [str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    warnings.filterwarnings("ignore", message="negative value -3")
    risky(-3); risky(-4)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    old_api(0)
print([str(w.message) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        risky(-9)
    except UserWarning as e:
        print("raised:", e)
print(warnings.formatwarning("msg", FutureWarning, "mod.py", 12, "x = 1"), end="")
risky(-7)
risky(-7)
old_api(3)
warnings.warn("future change", FutureWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "config.py", 42)

class Image:
    loads = 0
    def __init__(self, name):
        self.name = name
        Image.loads += 1
    def __repr__(self):
        return f"Image({self.name})"

class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
    def get(self, name):
        img = self._items.get(name)
        if img is None:
            img = Image(name)
            self._items[name] = img
        return img

cache = Cache()
a = cache.get("logo"); b = cache.get("logo"); c = cache.get("banner")
print(a is b, Image.loads, sorted(cache._items.keys()))
del a, b
gc.collect()
print(sorted(cache._items.keys()), Image.loads)
cache.get("logo")
print(Image.loads)
died = []
r = weakref.ref(c, lambda ref: died.append("banner died"))
f = weakref.finalize(c, died.append, "finalizer ran")
print(r() is c, f.alive, weakref.getweakrefcount(c))
del c
gc.collect()
print(died, r(), f.alive)
meta = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
meta[k1] = "first"; meta[k2] = "second"
del k1
print(sorted(meta.values()))
ws = weakref.WeakSet([k2])
print(len(ws), k2 in ws)
del k2
print(len(ws), len(meta))
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
p = weakref.proxy(Image("temp"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
