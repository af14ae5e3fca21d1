# refcount: expect del_cycle_order.refcount.out
# Finalizers of objects in a reference cycle (PEP 442): all run, then the cycle is freed.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        peer = self.peer.name if self.peer else None
        print(f"__del__ {self.name} (peer still {peer})")

gc.collect()
a, b, c = Node("a"), Node("b"), Node("c")
a.peer, b.peer, c.peer = b, c, a
del a, b, c
print("collecting")
print("collected:", gc.collect())
print("garbage:", gc.garbage)

class Saver:
    keep = None
    def __del__(self):
        print("saving myself")
        Saver.keep = self

s = Saver()
s.me = s
del s
print("collect with resurrection:", gc.collect())
print("kept:", type(Saver.keep).__name__)
Saver.keep = None
print("collect again:", gc.collect())
