# getweakrefcount and getweakrefs see the weakrefs and proxies to an object: the shared plain ref
# first, then the shared plain proxy, then the refs with callbacks.
import weakref

class Obj:
    pass

o = Obj()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o)
print(weakref.getweakrefcount(o))
r2 = weakref.ref(o, lambda r: None)
p = weakref.proxy(o)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print([type(x).__name__ for x in refs])
print(refs[0] is r1, r2 in refs)
print(weakref.getweakrefcount(42))
del r2, refs
print(weakref.getweakrefcount(o))
