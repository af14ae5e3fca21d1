# getweakrefcount and getweakrefs with refs, proxies and callbacks.
import weakref, gc
class T:
    pass
t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
p = weakref.proxy(t)
r3 = weakref.ref(t, lambda r: None)
print(r1 is r2, weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
del r3
print(weakref.getweakrefcount(t))
ws = weakref.WeakSet([t])
print(weakref.getweakrefcount(t), len(ws))
del t
gc.collect()
print(r1(), len(ws))
