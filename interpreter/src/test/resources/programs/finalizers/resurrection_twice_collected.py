# PEP 442: an object in a cycle resurrected by __del__ survives one collection; __del__ is not called again.
# collectors: generational marksweep
import gc

saved = []

class Lazarus:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Lazarus.count += 1
        print("__del__", self.name, "call", Lazarus.count)
        saved.append(self)

gc.collect()
a = Lazarus("a")
b = Lazarus("b")
a.peer = b
b.peer = a
del a, b
print("first collect:", gc.collect())
print("saved:", sorted(o.name for o in saved))
saved.clear()
print("second collect:", gc.collect())
print("count:", Lazarus.count)

c = Lazarus("c")
saved.clear()
del c
print("refcount death resurrects:", [o.name for o in saved])
saved.clear()
print("after clearing:", Lazarus.count)

class Half:
    def __del__(self):
        print("half del")
        keep.append(self.other)
keep = []
h = Half()
h.other = [h]
del h
print("partly resurrected:", gc.collect())
print(type(keep[0]).__name__, type(keep[0][0]).__name__)
keep.clear()
print("then:", gc.collect())
