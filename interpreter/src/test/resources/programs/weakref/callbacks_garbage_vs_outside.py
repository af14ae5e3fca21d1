# During cycle collection weakrefs that are garbage themselves lose their callbacks; outside ones fire.
# collectors: generational marksweep
import gc
import weakref

log = []

class Obj:
    def __init__(self, name):
        self.name = name

gc.collect()
a = Obj("a")
b = Obj("b")
a.b = b
b.a = a
outside = weakref.ref(a, lambda r: log.append("outside ref to a"))
a.inner = weakref.ref(b, lambda r: log.append("inner ref to b (garbage)"))
del a, b
print("collected:", gc.collect())
print(log)
print("outside dead:", outside() is None)

log.clear()
c = Obj("c")
c.me = c
refs = [weakref.ref(c, lambda r, i=i: log.append(f"cb {i}")) for i in range(3)]
del c
gc.collect()
print("order:", log)
