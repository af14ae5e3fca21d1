# gc.get_stats() before and after collections of cycles, as a "know your collector"
# post compares them: collections per generation, collected, uncollectable.
# collectors: generational
import gc

def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]

def delta(before, after):
    return [tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)]

class Cell:
    def __init__(self):
        self.me = self

gc.collect()
gc.disable()
s0 = snapshot()
for _ in range(5):
    Cell()
print("collect(0) found", gc.collect(0))
s1 = snapshot()
print("delta", delta(s0, s1))
for _ in range(7):
    x = []
    x.append(x)
del x
print("collect(1) found", gc.collect(1))
s2 = snapshot()
print("delta", delta(s1, s2))
for _ in range(3):
    a, b = {}, {}
    a["b"], b["a"] = b, a
del a, b
print("collect(2) found", gc.collect(2))
s3 = snapshot()
print("delta", delta(s2, s3))
print("collect() found", gc.collect())
print("delta", delta(s3, snapshot()))
gc.enable()
