# __del__ order in a tree freed from the root (parents before children, siblings in
# list order), in a cycle found by the collector, and with resurrection through a global.
# refcount: expect del_order_tree_and_cycles.refcount.out
import gc

order = []

class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
    def __del__(self):
        order.append(self.name)

root = Node("root", Node("a", Node("a1"), Node("a2")), Node("b", Node("b1")))
del root
print("tree:", order)
order.clear()

gc.disable()
x = Node("x")
y = Node("y")
z = Node("z")
x.children.append(y)
y.children.append(z)
z.children.append(x)
del x, y, z
print("before collect:", order)
print("collected:", gc.collect())
print("cycle:", sorted(order), len(order))
order.clear()

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0
    def __del__(self):
        self.deaths += 1
        order.append(f"{self.name} dies {self.deaths}")
        if self.deaths == 1:
            saved.append(self)

p = Phoenix("p")
del p
print(order, len(saved))
q = saved.pop()
del q
print(order, len(saved))
order.clear()

c = Phoenix("c")
c.self = c
del c
print("collect resurrecting cycle:", gc.collect(), order, len(saved))
saved.clear()
print("collect again:", gc.collect(), order)
gc.enable()
