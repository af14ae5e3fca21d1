# A weakref to an instance of a list subclass that lives in a reference cycle: the collector
# finds the cycle, clears the weakref and runs its callback; the instance's attribute (kept in
# its managed dict) goes with it.
# refcount: expect subclass_instance_in_cycle.refcount.out
import gc, weakref

class Node(list):
    pass

def report(r):
    print("callback, ref is dead:", r() is None)

n = Node([1, 2])
n.label = "first"
n.append(n)          # the list holds itself
r = weakref.ref(n, report)
print(r() is n, r().label, weakref.getweakrefcount(n))
del n
print("after del:", r() is not None)
print("collected:", gc.collect())
print("ref:", r())
