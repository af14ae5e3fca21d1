# weakref callbacks run newest first when the referent dies
import weakref
class O: pass
o = O()
def cb(name):
    return lambda r: print('callback', name, r() is None)
r1 = weakref.ref(o, cb('first'))
r2 = weakref.ref(o, cb('second'))
r3 = weakref.ref(o, cb('third'))
print(weakref.getweakrefcount(o))
del o
print(r1(), r2(), r3())
