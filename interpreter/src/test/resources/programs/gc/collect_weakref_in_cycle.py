# A weakref that is itself part of the garbage gets no callback, and is counted (3 objects).
# refcount: expect collect_weakref_in_cycle.refcount.out
import gc
import weakref

class Node:
    pass

def callback(ref):
    print("callback called")

gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
a.w = weakref.ref(b, callback)
del a, b
print("collect:", gc.collect())
