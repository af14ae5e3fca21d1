# From CPython's gc tests: an object in a cycle whose __del__ resurrects it is finalized once; after
# it is dropped again the next collection frees it without calling __del__.
# refcount: expect suite_resurrection_once.refcount.out
import gc

class A:
    def __init__(self):
        self.me = self

class Lazarus(A):
    resurrected = 0
    instances = []

    def __del__(self):
        Lazarus.resurrected += 1
        Lazarus.instances.append(self)

gc.collect()
gc.disable()
laz = Lazarus()
print("before:", Lazarus.resurrected)
del laz
print("collect:", gc.collect())
print("resurrected:", Lazarus.resurrected, len(Lazarus.instances))
Lazarus.instances.clear()
print("collect again:", gc.collect())
print("resurrected:", Lazarus.resurrected)
gc.enable()
