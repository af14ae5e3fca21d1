# The weak containers while their referents die: during iteration the removals wait (so a
# loop never sees the dict change size because of a death) and len() already discounts them;
# mutating a container while iterating it is still an error; finalize and WeakMethod
# callbacks run in CPython's order.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def method(self):
        return "method of " + self.name


objs = {n: Obj(n) for n in "abcdef"}

wvd = weakref.WeakValueDictionary((n, o) for n, o in objs.items())
wkd = weakref.WeakKeyDictionary((o, n.upper()) for n, o in objs.items())
ws = weakref.WeakSet(objs.values())
print(len(wvd), len(wkd), len(ws))

# deaths in the middle of iterations are deferred
it_v = iter(wvd.items())
it_k = iter(wkd.items())
print(next(it_v), next(it_k))
del objs["b"], objs["c"]
print("during iteration:", len(wvd), len(wkd), len(wvd.data), len(wkd.data))
print("pending:", len(wvd._pending_removals), len(wkd._pending_removals))
# WeakValueDictionary's len() commits the removals even while an iteration runs, so that
# iteration then fails
try:
    print(list(it_v))
except RuntimeError as e:
    print("it_v:", e)
print(list(it_k))
print("after iteration:", len(wvd.data), len(wkd.data), len(ws.data), len(wkd._pending_removals))

# the same for a WeakSet (its order is the refs' hash order: kill the item not yet seen)
u, v = Obj("u"), Obj("v")
pair = weakref.WeakSet([u, v])
it_s = iter(pair)
first = next(it_s)
if first is u:
    del v
else:
    del u
print("WeakSet during iteration:", len(pair), len(pair.data), len(pair._pending_removals))
print(list(it_s), len(pair.data), len(pair))

# a deletion of an entry whose removal is pending is not counted twice
it_k = iter(wkd.keys())
next(it_k)
d = objs.pop("d")
del d
print(len(wkd))
del wkd[objs["e"]]
print(len(wkd), sorted(map(repr, wkd.keys())))
del it_k

# mutating while iterating
for label, container, grow in (("wvd", wvd, lambda: wvd.__setitem__("new", objs["a"])),
                               ("wkd", wkd, lambda: wkd.__setitem__(Obj("tmp"), 0)),
                               ("ws", ws, lambda: ws.add(objs["f"]) or ws.add(Obj("tmp")))):
    try:
        for _ in container:
            grow()
    except RuntimeError as e:
        print(label, e)
print(sorted(wvd), len(wkd), len(ws))

# lookups of dead or missing entries
print(wvd.get("b", "gone"), "b" in wvd, wvd.pop("c", "gone"))
try:
    wvd["b"]
except KeyError as e:
    print("KeyError", e)
print([] in wkd, 3 in ws)
try:
    ws.remove(Obj("never"))
except KeyError:
    print("remove: KeyError")
print(wvd.setdefault("z", objs["a"]) is objs["a"], "z" in wvd)

# operators
print(sorted((wvd | {"q": objs["f"]}).keys()), type(wvd | {}).__name__)
print(sorted(map(repr, (weakref.WeakSet([objs["a"]]) | weakref.WeakSet([objs["f"]])))))
print(weakref.WeakSet([objs["a"]]) <= ws, weakref.WeakSet([objs["a"]]) == weakref.WeakSet([objs["a"]]))

# finalize: explicit calls, detach, and death order
log = []
x, y, z = Obj("x"), Obj("y"), Obj("z")
fx = weakref.finalize(x, log.append, "x finalized")
fy = weakref.finalize(y, lambda *a, **k: log.append(("y", a, k)), 1, 2, key="v")
fz = weakref.finalize(z, log.append, "z finalized")
print(fy.peek()[2:], fx.alive, fz.detach()[2], fz.alive, fz.detach())
print(fx(), fx(), fx.alive)
del x, y, z
print(log)

# WeakMethod dies with its object, once, and calls its callback
o = Obj("m")
wm = weakref.WeakMethod(o.method, lambda r: print("callback, dead:", r() is None))
print(wm()(), wm == weakref.WeakMethod(o.method))
del o
print(wm(), wm == wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

# finalizers left at exit run newest first
keep = [Obj("k1"), Obj("k2"), Obj("k3")]
for k in keep:
    weakref.finalize(k, print, "at exit", k)
weakref.finalize(keep[0], print, "never at exit").atexit = False
