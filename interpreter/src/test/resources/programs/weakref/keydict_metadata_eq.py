# WeakKeyDictionary for per-object metadata: keys compared by ==, dead keys removed, values kept strong.
import weakref

class Doc:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Doc({self.name})"

meta = weakref.WeakKeyDictionary()
a, b = Doc("a"), Doc("b")
meta[a] = {"views": 1}
meta[b] = {"views": 5}
print("len", len(meta), sorted(k.name for k in meta))
del a
print("after del a", len(meta), list(meta.keys()))
print("contains b", b in meta, "contains new Doc", Doc("b") in meta)

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

wk = weakref.WeakKeyDictionary()
k1 = Key(1)
wk[k1] = "first"
k1b = Key(1)
wk[k1b] = "second"
print("equal keys share an entry", len(wk), wk[k1], list(wk.keys())[0] is k1)
del k1
print("original key gone", len(wk))
v = {"big": list(range(3))}
wk[Key(2)] = v
print("temporary key vanished at once", len(wk))
items = [(k.name, v["views"]) for k, v in meta.items()]
print("items", items)
print("pop", meta.pop(b), len(meta))
print("setdefault", meta.setdefault(b, "dflt"), meta.get(b))
