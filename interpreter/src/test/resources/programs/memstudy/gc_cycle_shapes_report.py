# collectors: generational marksweep
# Memory study: build cycles of several shapes and count what gc.collect() finds.
import gc

class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None

def make_pair():
    a, b = Person("a"), Person("b")
    a.friend, b.friend = b, a

def make_self_loop():
    l = []
    l.append(l)

def make_dict_cycle():
    d = {}
    d["me"] = d

def make_ring(n):
    nodes = [Person(str(i)) for i in range(n)]
    for i, p in enumerate(nodes):
        p.friend = nodes[(i + 1) % n]

gc.collect()
gc.disable()
for label, fn in [("pair", make_pair), ("self list", make_self_loop),
                  ("dict", make_dict_cycle), ("ring5", lambda: make_ring(5)),
                  ("ring10", lambda: make_ring(10))]:
    fn()
    print(f"{label:10s} -> {gc.collect()}")
for i in range(3):
    make_pair()
print("three pairs ->", gc.collect())
print("nothing left ->", gc.collect())
print("isenabled:", gc.isenabled())
gc.enable()
print("isenabled:", gc.isenabled())
