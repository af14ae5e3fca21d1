# A cache of expensive objects kept two ways: weakref.WeakValueDictionary drops an entry as soon
# as the program lets go of the value (the callback removes it), lru_cache keeps values alive
# until evicted; WeakValueDictionary with values that cannot be weakly referenced (int, list)
# refuses them; a value held in both stays until both let go; WeakKeyDictionary of instances
# holding per-object metadata.
import functools
import gc
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name})"


weak_cache = weakref.WeakValueDictionary()


def get_weak(name):
    img = weak_cache.get(name)
    if img is None:
        img = Image(name)
        weak_cache[name] = img
    return img


a = get_weak("a")
b = get_weak("b")
print("entries", sorted(weak_cache.keys()), "loads", Image.loads)
same = get_weak("a")
print("hit", same is a, "loads", Image.loads)
del a, same
print("after dropping a", sorted(weak_cache.keys()))
get_weak("a")
print("temporary use", sorted(weak_cache.keys()), "loads", Image.loads)


@functools.lru_cache(maxsize=2)
def get_lru(name):
    return Image(name)


Image.loads = 0
watch = weakref.WeakValueDictionary()
for name in ("x", "y", "x", "z"):
    watch[name] = get_lru(name)
print("lru loads", Image.loads, "alive", sorted(watch.keys()), get_lru.cache_info().currsize)
get_lru.cache_clear()
print("after clear", sorted(watch.keys()))

shared = Image("s")
weak_cache["s"] = shared
print("shared in cache", "s" in weak_cache)
del shared
print("shared gone", "s" in weak_cache)

for bad in (1, [1], "text"):
    try:
        weak_cache["bad"] = bad
    except TypeError as e:
        print("TypeError:", e)

meta = weakref.WeakKeyDictionary()
keys = [Image(f"k{i}") for i in range(3)]
for i, k in enumerate(keys):
    meta[k] = {"index": i}
del keys[1]
gc.collect()
print("metadata left", sorted(v["index"] for v in meta.values()), len(meta))
