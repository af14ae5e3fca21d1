# __del__ ordering: containers, reassignment, resurrection into a global, and a second death.
# collectors: generational
import gc

order = []
saved = []

class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)

class Phoenix:
    deaths = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Phoenix.deaths += 1
        print("phoenix __del__", self.name, Phoenix.deaths)
        if Phoenix.deaths == 1:
            saved.append(self)

items = [Tracked(f"l{i}") for i in range(4)]
del items
print("list release order", order)
order.clear()
d = {k: Tracked(k) for k in "xyz"}
d.clear()
print("dict clear order", order)
order.clear()
t = (Tracked("t0"), Tracked("t1"), Tracked("t2"))
t = None
print("tuple order", order)
order.clear()
x = Tracked("first")
x = Tracked("second")
print("rebinding", order)
del x
p = Phoenix("bird")
del p
print("resurrected", len(saved), saved[0].name)
saved.clear()
print("second death done", Phoenix.deaths)
a, b = Tracked("A"), Tracked("B")
a.other, b.other = b, a
del a, b
order.clear()
print("collect", gc.collect(), sorted(order))
q = Phoenix("cyclic")
q.me = q
del q
gc.collect()
print("cyclic resurrected", [s.name for s in saved], Phoenix.deaths)
for s in saved:
    s.me = None
saved.clear()
print("end", Phoenix.deaths)
