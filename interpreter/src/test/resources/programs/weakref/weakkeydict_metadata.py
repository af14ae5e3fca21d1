# WeakKeyDictionary as side metadata for objects: entries die with the keys, also in cycles.
# collectors: generational
import weakref
import gc

class Session:
    def __init__(self, user):
        self.user = user
    def __repr__(self):
        return f"Session({self.user})"

meta = weakref.WeakKeyDictionary()
sessions = [Session(u) for u in ("ann", "bob", "cy")]
for i, s in enumerate(sessions):
    meta[s] = {"hits": i}
print(len(meta), sorted(s.user for s in meta.keys()))
meta[sessions[0]]["hits"] += 10
print(meta[sessions[0]])
del sessions[1]
print("after removing bob", sorted(s.user for s in meta))
s = sessions[0]
s.loop = s
sessions.clear()
print("ann still held", len(meta))
del s
print("before gc", len(meta))
gc.collect()
print("after gc", len(meta))
k = Session("dan")
meta[k] = 1
print(k in meta, meta.get(k), meta.get(Session("eve"), "none"))
print(len(list(meta.keyrefs())), repr(meta.pop(k)), len(meta))
meta.setdefault(k, "again")
print(dict((key.user, v) for key, v in meta.items()))
try:
    meta[1] = "x"
except TypeError as e:
    print("TypeError:", e)
r = weakref.ref(k)
print(r() is k, weakref.getweakrefcount(k))
del k
print(r(), len(meta))
