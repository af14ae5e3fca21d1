# A weakref from outside the garbage: the collector clears it and runs its callback before the
# finalizers; the callback sees a dead reference.
# refcount: expect collect_weakref_callback.refcount.out
import gc
import weakref

class Node:
    pass

def callback(ref):
    print("callback, ref() is None:", ref() is None)

gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
w = weakref.ref(a, callback)
del a, b
print("collect:", gc.collect())
print("w() is None:", w() is None)
