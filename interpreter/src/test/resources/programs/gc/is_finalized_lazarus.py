# collectors: generational marksweep
# gc.is_finalized and a PEP 442 resurrection: __del__ runs once, even when the object comes back.
import gc

graveyard = []

class Lazarus:
    def __init__(self, name):
        self.name = name
        self.loop = self
    def __del__(self):
        print("__del__", self.name, "finalized flag seen inside:", gc.is_finalized(self))
        graveyard.append(self)

a = Lazarus("a")
print("before", gc.is_finalized(a))
del a
print("collect 1:", gc.collect())
back = graveyard.pop()
print("back:", back.name, gc.is_finalized(back))
del back
print("collect 2:", gc.collect(), "graveyard", len(graveyard))

class Once:
    def __del__(self):
        print("Once.__del__")
o = Once()
o2 = o
del o
print("still referenced, not finalized:", gc.is_finalized(o2))
del o2
print("freed by refcount")
print("non-gc objects:", gc.is_finalized(1), gc.is_finalized("s"))
