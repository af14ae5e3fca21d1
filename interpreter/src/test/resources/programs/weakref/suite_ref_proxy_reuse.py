# From CPython's weakref tests: a ref or proxy without callback is shared; one with a callback is
# new each time; getweakrefcount and getweakrefs count and list them (the shared ref first).
import weakref

class C:
    pass

o = C()
ref1 = weakref.ref(o)
proxy = weakref.proxy(o)
ref2 = weakref.ref(o)
print("ref shared across a proxy:", ref1 is ref2)

o = C()
proxy = weakref.proxy(o)
ref1 = weakref.ref(o)
ref2 = weakref.ref(o)
print("ref shared:", ref1 is ref2, "count:", weakref.getweakrefcount(o))
del proxy
print("after del proxy:", weakref.getweakrefcount(o))

o = C()
proxy1 = weakref.proxy(o)
ref = weakref.ref(o)
proxy2 = weakref.proxy(o)
print("proxy shared:", proxy1 is proxy2)

def cb(r):
    pass
o = C()
r1 = weakref.ref(o, cb)
r2 = weakref.ref(o, cb)
p1 = weakref.proxy(o, cb)
print("with callbacks shared:", r1 is r2, "count:", weakref.getweakrefcount(o))
plain = weakref.ref(o)
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is plain, refs[1] is r1 or refs[1] is r2)
del r1, r2, p1, plain, refs
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
