# The collector calls __del__ on a chain in a cycle in generation order, then clears the objects.
# collectors: generational marksweep
import gc

order = []

class Link:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(("del", self.name, self.next.name if getattr(self, "next", None) else None))

gc.collect()
links = [Link(f"L{i}") for i in range(4)]
for a, b in zip(links, links[1:] + links[:1]):
    a.next = b
del links, a, b
print("collected:", gc.collect())
for entry in order:
    print(entry)
