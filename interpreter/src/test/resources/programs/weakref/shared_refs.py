# weakref.ref(o) without a callback is shared: asking again returns the same object. Refs with a
# callback are new objects each time.
import weakref

class Obj:
    pass

o = Obj()
a = weakref.ref(o)
b = weakref.ref(o)
def callback(ref):
    pass

c = weakref.ref(o, callback)
d = weakref.ref(o, callback)
print(a is b, a is c, c is d)
print(weakref.getweakrefcount(o))
del a, b
print(weakref.getweakrefcount(o))
