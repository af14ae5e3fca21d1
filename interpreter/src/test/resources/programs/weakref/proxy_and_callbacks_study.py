# A study of weakref.ref callbacks: the ref passed to the callback, callbacks on
# shared refs, refs to bound methods, and proxies that stop working.
import weakref
import sys

log = []

class Thing:
    def __init__(self, name):
        self.name = name
    def method(self):
        return self.name

def cb(ref):
    log.append(("cb", ref() is None))

t = Thing("t")
r1 = weakref.ref(t)
r2 = weakref.ref(t)
r3 = weakref.ref(t, cb)
r4 = weakref.ref(t, cb)
print("shared without callback:", r1 is r2, "with callback:", r3 is r4)
print("count:", weakref.getweakrefcount(t))
print("refs:", len(weakref.getweakrefs(t)))
del t
print(log, r1(), r3())

t = Thing("m")
bm = weakref.ref(t.method)
print("ref to bound method dead at once:", bm() is None)
wm = weakref.WeakMethod(t.method)
print("WeakMethod alive:", wm() is not None, wm()())
p = weakref.proxy(t)
print("proxy:", p.name, p.method(), type(p).__name__)
print("refcount not raised:", sys.getrefcount(t))
del t
print("WeakMethod dead:", wm() is None)
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

class Group:
    pass
g = Group()
d = {}
def remove(ref, key="g"):
    d.pop(key, None)
d["g"] = weakref.ref(g, remove)
print(list(d))
del g
print(list(d))
print(repr(r1).startswith("<weakref at"), "dead" in repr(r1))
