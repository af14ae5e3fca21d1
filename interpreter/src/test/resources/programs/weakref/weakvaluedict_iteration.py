# WeakValueDictionary while iterating: deaths wait in the pending removals, but len() commits them (the iteration then fails).
import gc
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Item({self.n})"

items = [Item(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((i, it) for i, it in enumerate(items))
print(len(wvd), sorted(wvd))

seen = []
try:
    for k in wvd:
        seen.append(k)
        if k == 1:
            items[3] = None
            items[4] = None
            print("len during iteration:", len(wvd))
except RuntimeError as e:
    print("len() committed the removals:", e)
print("seen:", seen)
print("after:", len(wvd), sorted(wvd.keys()))

for k, v in list(wvd.items()):
    print(k, v)
print(wvd.get(3), wvd.get(0))
v = wvd.setdefault(9, items[0])
print(v, 9 in wvd)
print(wvd.pop(9), 9 in wvd)
try:
    wvd.pop(42)
except KeyError as e:
    print("KeyError", e)
print(wvd.pop(42, "default"))
refs = wvd.valuerefs()
print(sorted(r().n for r in refs))
items.clear()
del v, refs
gc.collect()
print("all gone:", len(wvd), dict(wvd))
