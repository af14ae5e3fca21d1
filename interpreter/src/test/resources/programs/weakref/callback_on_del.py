# A weakref's callback runs synchronously when the referent's refcount reaches zero, before the
# statement after `del` runs; it receives the (now dead) weakref.
import weakref

class Obj:
    pass

def callback(ref):
    print("callback: ref is r:", ref is r, "ref() is None:", ref() is None)

o = Obj()
r = weakref.ref(o, callback)
print("before del")
del o
print("after del")
