# Memory study: a weak-value cache of expensive objects and when entries disappear.
import weakref, gc

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
        self.pixels = bytearray(len(name) * 100)
    def __repr__(self):
        return f"Image({self.name!r})"

class Cache:
    def __init__(self):
        self._data = weakref.WeakValueDictionary()
    def get(self, name):
        img = self._data.get(name)
        if img is None:
            img = Image(name)
            self._data[name] = img
        return img
    def __len__(self):
        return len(self._data)

c = Cache()
a = c.get("cat.png")
b = c.get("dog.png")
a2 = c.get("cat.png")
print(a is a2, Image.loads, len(c))
del a
print("after del a:", len(c), sorted(c._data.keys()))
del a2
print("after del a2:", len(c), sorted(c._data.keys()))
c.get("cat.png")
print("loads now", Image.loads, "len", len(c))
r = weakref.ref(b)
print(r() is b, weakref.getweakrefcount(b))
del b
gc.collect()
print(r(), len(c))
s = weakref.WeakSet()
objs = [Image(f"i{i}") for i in range(4)]
for o in objs:
    s.add(o)
print(len(s))
del objs[1:3]
print(len(s), sorted(x.name for x in s))
