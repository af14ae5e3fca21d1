# collectors: generational marksweep
# Weakref callbacks fired while the collector frees a cycle: order and what the callback sees.
import gc
import weakref

log = []

class Node:
    def __init__(self, name):
        self.name = name

def make_cb(label):
    def cb(ref):
        log.append((label, ref() is None))
    return cb

a = Node("a")
b = Node("b")
a.other = b
b.other = a
ra = weakref.ref(a, make_cb("ra"))
rb = weakref.ref(b, make_cb("rb"))
del a, b
print("before collect:", log)
print("collected:", gc.collect())
print("callbacks:", sorted(log))
log.clear()

x = Node("x")
refs = [weakref.ref(x, make_cb(f"r{i}")) for i in range(3)]
del x
print("three callbacks, newest first:", log)
log.clear()

y = Node("y")
plain = weakref.ref(y)
with_cb = weakref.ref(y, make_cb("with_cb"))
print("plain and callback refs distinct:", plain is not with_cb, weakref.getweakrefcount(y))
del y
print("after:", log, plain())
log.clear()

class Holder:
    pass

h = Holder()
h.self = h
h.ref = weakref.ref(h, make_cb("self-held ref"))
del h
print("collected self-held:", gc.collect(), "log:", log)
