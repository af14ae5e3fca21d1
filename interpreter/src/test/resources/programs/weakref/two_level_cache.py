# A two-level cache: a small strong LRU in front of a WeakValueDictionary, as image loaders do.
import weakref
from collections import OrderedDict

class Image:
    loads = 0
    def __init__(self, name):
        self.name = name
        Image.loads += 1
    def __repr__(self):
        return f"Image({self.name})"

class Cache:
    def __init__(self, strong=2):
        self.strong = OrderedDict()
        self.weak = weakref.WeakValueDictionary()
        self.size = strong
    def get(self, name):
        img = self.weak.get(name)
        if img is None:
            img = Image(name)
            self.weak[name] = img
        self.strong[name] = img
        self.strong.move_to_end(name)
        while len(self.strong) > self.size:
            self.strong.popitem(last=False)
        return img

c = Cache()
held = c.get("a")
c.get("b")
c.get("c")
print("strong", list(c.strong), "weak", sorted(c.weak.keys()), "loads", Image.loads)
c.get("d")
print("b evicted and freed:", "b" in c.weak, "a held by caller:", "a" in c.weak)
again = c.get("a")
print("a reused:", again is held, "loads", Image.loads)
del held, again
c.get("e"); c.get("f")
print("after more", sorted(c.weak.keys()), list(c.strong))
print("len weak", len(c.weak), "valuerefs", len(c.weak.valuerefs()))
r = c.weak.get("zzz", "default")
print("missing default", r)
items = sorted((k, v.name) for k, v in c.weak.items())
print("items", items)
c.strong.clear()
print("cleared strong:", len(c.weak))
