# WeakKeyDictionary and WeakSet: entries leave with their keys; copying and set operations.
import weakref

class Key:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Key({self.n})"

keys = [Key(i) for i in range(5)]
meta = weakref.WeakKeyDictionary()
for k in keys:
    meta[k] = k.n * 10
print("len:", len(meta))
del keys[0]
print("after del one key:", len(meta), sorted(meta.values()))
print("contains:", keys[0] in meta, Key(99) in meta)
snapshot = dict(meta)
print("strong copy:", sorted(v for v in snapshot.values()))
keys.clear()
print("keys cleared, snapshot holds them:", len(meta))
del snapshot
print("snapshot gone:", len(meta))

ws = weakref.WeakSet()
objs = [Key(i) for i in range(6)]
for o in objs:
    ws.add(o)
print("weakset:", len(ws))
objs[1:4] = []
print("after slice delete:", len(ws))
other = weakref.WeakSet(objs[:1])
print("issubset:", other <= ws, "difference:", len(ws - other))
u = ws | other
print("union type:", type(u).__name__, len(u))
ws.discard(objs[0])
print("discard:", len(ws))
try:
    ws.add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    meta["str"] = 1
except TypeError as e:
    print("TypeError:", e)
print("repr prefix:", repr(ws).startswith("<_weakrefset.WeakSet"))
