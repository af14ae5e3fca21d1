# gc.get_stats() deltas: collections, collected and uncollectable per generation around explicit collects.
# collectors: generational
import gc

def snap():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]

def delta(before, after):
    return [tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)]

gc.disable()
gc.collect()
before = snap()
for _ in range(5):
    l = []
    l.append(l)
del l
gc.collect(0)
print("gen0:", delta(before, snap()))

before = snap()
for _ in range(3):
    d = {}
    d["d"] = d
del d
gc.collect(1)
print("gen1:", delta(before, snap()))

before = snap()
class C:
    pass
for _ in range(4):
    c = C()
    c.c = c
del c
gc.collect(2)
print("gen2:", delta(before, snap()))

before = snap()
gc.collect()
print("empty:", delta(before, snap()))
print(sorted(gc.get_stats()[0]))
gc.enable()
