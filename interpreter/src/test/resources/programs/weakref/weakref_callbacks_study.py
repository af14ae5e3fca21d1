# weak references while studying lifetimes: callbacks, proxies, WeakValueDictionary, WeakSet, finalize
import weakref, sys
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"
n = Node("a")
def cb(r):
    print("callback, referent gone:", r() is None)
r = weakref.ref(n, cb)
print(r() is n, weakref.getweakrefcount(n), sys.getrefcount(n))
del n
print("after del", r())
m = Node("m")
p = weakref.proxy(m)
print(p.name, repr(type(p).__name__))
del m
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
cache = weakref.WeakValueDictionary()
k = Node("k")
cache["k"] = k
print(list(cache.keys()), len(cache))
del k
print(list(cache.keys()), len(cache))
ws = weakref.WeakSet()
x = Node("x")
ws.add(x)
print(len(ws), x in ws)
del x
print(len(ws))
f = weakref.finalize(Node("tmp"), print, "finalized tmp")
print(f.alive)
