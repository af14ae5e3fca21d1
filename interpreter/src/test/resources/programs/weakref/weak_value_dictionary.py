# A WeakValueDictionary drops an entry as soon as its value dies.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

d = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
d["a"] = a
d["b"] = b
print(len(d), sorted(d.keys()), d["a"].name)
del a
print(len(d), sorted(d.keys()), "a" in d)
print(d.get("a", "missing"))
b2 = d.pop("b")
print(len(d), b2.name)
