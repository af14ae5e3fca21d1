# Cycles whose objects define __del__ are collected since Python 3.4 (PEP 442):
# the finalizers run once, in an order the collector picks, before the cycle is freed.
# refcount: expect cycles_with_del_collected.refcount.out
import gc

order = []

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)
        if hasattr(self, "peer"):
            order.append(f"{self.name} sees peer {self.peer.name}")

gc.collect()
gc.disable()
a, b = A("a"), A("b")
a.peer, b.peer = b, a
del a, b
n = gc.collect()
print("collected:", n)
print("finalizers:", sorted(x for x in order if " " not in x), len(order))
print("peers still readable in __del__:", sum(1 for x in order if "sees" in x))
print("garbage list:", gc.garbage)
order.clear()
ring = [A(f"r{i}") for i in range(4)]
for i, node in enumerate(ring):
    node.peer = ring[(i + 1) % 4]
del ring, node
print("ring collected:", gc.collect(), sorted(x for x in order if " " not in x))
print("uncollectable ever:", sum(s["uncollectable"] for s in gc.get_stats()))
gc.enable()
