# A WeakValueDictionary cache with churn: entries vanish with their last strong reference.
# collectors: generational
import weakref
import gc

class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"<Image {self.name}>"

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img

a = load("cat")
b = load("cat")
print(a is b, Image.loads, len(cache))
c = load("dog")
print(sorted(cache.keys()), Image.loads)
del a
print("after del a", sorted(cache.keys()))
del b
print("after del b", sorted(cache.keys()))
keep = [load(f"img{i}") for i in range(10)]
print(len(cache), Image.loads)
keep = keep[::2]
print("kept evens", len(cache), sorted(cache)[:3])
for name in list(cache):
    print(" ", name, cache[name])
cyc = load("cyclic")
cyc.self = cyc
del cyc
print("cyclic still there", "cyclic" in cache)
gc.collect()
print("after collect", "cyclic" in cache)
print("valuerefs", len(cache.valuerefs()), "items", len(list(cache.items())))
keep.clear()
del c
print("final", len(cache))
