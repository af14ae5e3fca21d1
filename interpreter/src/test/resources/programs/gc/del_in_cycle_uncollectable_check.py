# Since PEP 442 cycles with __del__ are collected: gc.garbage stays empty, DEBUG_UNCOLLECTABLE prints nothing.
# collectors: generational marksweep
import gc

order = []

class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)

gc.collect()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
a, b, c = Part("a"), Part("b"), Part("c")
a.next = b
b.next = c
c.next = a
del a, b, c
n = gc.collect()
gc.set_debug(0)
print("collected:", n, "garbage:", gc.garbage)
print("all finalized:", sorted(order))

order.clear()
head = Part("head")
head.children = [Part(f"child{i}") for i in range(3)]
for ch in head.children:
    ch.parent = head
del head, ch
print("tree:", gc.collect(), len(order), sorted(order)[0])
