# WeakValueDictionary.setdefault/pop/items while objects die, WeakKeyDictionary with
# equal but distinct keys, WeakSet algebra, and weakref subclasses with attributes.
import weakref
import gc

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Obj({self.n})"

wvd = weakref.WeakValueDictionary()
a, b = Obj(1), Obj(2)
print(wvd.setdefault("a", a) is a, wvd.setdefault("a", b) is a)
wvd["b"] = b
print(sorted(wvd.keys()), len(wvd))
del a
print(sorted(wvd.keys()), "a" in wvd, wvd.get("a", "gone"))
print(wvd.pop("b") is b)
try:
    wvd.pop("b")
except KeyError as e:
    print("KeyError", e)
vals = [Obj(i) for i in range(4)]
for v in vals:
    wvd[v.n] = v
print(sorted(k for k, _ in wvd.items()))
del vals[::2]
print(sorted(wvd), sorted(r().n for r in wvd.valuerefs()))

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k

wkd = weakref.WeakKeyDictionary()
k1, k2 = Key("x"), Key("x")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), wkd[k1], list(wkd.values()))
del k1
print("after del k1:", len(wkd))
del k2
print("after del k2:", len(wkd))

s1, s2 = weakref.WeakSet(), weakref.WeakSet()
objs = [Obj(i) for i in range(5)]
s1.update(objs[:3]); s2.update(objs[2:])
print(sorted(o.n for o in s1 | s2), sorted(o.n for o in s1 & s2), sorted(o.n for o in s1 - s2))
print(s1 <= weakref.WeakSet(objs), s1.isdisjoint(s2))
objs.pop(2)
print(len(s1), len(s2), len(s1 & s2))

class TaggedRef(weakref.ref):
    __slots__ = ("tag",)
    def __new__(cls, obj, tag, callback=None):
        return super().__new__(cls, obj, callback)
    def __init__(self, obj, tag, callback=None):
        super().__init__(obj, callback)
        self.tag = tag

o = Obj(9)
r = TaggedRef(o, "nine", lambda ref: print("callback tag", ref.tag))
print(r.tag, r() is o, weakref.getweakrefcount(o), isinstance(r, weakref.ref))
del o
print("dead:", r())
