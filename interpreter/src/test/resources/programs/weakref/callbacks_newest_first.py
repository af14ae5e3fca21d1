# weakref callbacks run newest first; finalize runs at exit in reverse creation order
import weakref
class O:
    pass
o = O()
def cb(name):
    return lambda r: print("callback", name)
r1 = weakref.ref(o, cb("r1"))
r2 = weakref.ref(o, cb("r2"))
r3 = weakref.ref(o)
print(weakref.getweakrefcount(o), r3 is weakref.ref(o))
del o
print(r1(), r3())
a = O()
b = O()
weakref.finalize(a, print, "finalize a")
weakref.finalize(b, print, "finalize b")
f = weakref.finalize(O(), print, "never")
print(f.alive)
print("end")
