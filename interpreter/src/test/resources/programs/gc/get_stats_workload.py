# collectors: generational
# gc.get_stats before and after a workload that makes short-lived cycles in a loop.
import gc

gc.collect()
base = gc.get_stats()

class Req:
    def __init__(self, n):
        self.n = n
        self.me = self

for i in range(2500):
    r = Req(i)
del r
now = gc.get_stats()
for g in range(3):
    d = {k: now[g][k] - base[g][k] for k in ("collections", "collected", "uncollectable")}
    print("gen", g, "collections>0", d["collections"] > 0, "collected>0", d["collected"] > 0, "uncollectable", d["uncollectable"])
young = now[0]["collected"] - base[0]["collected"] + now[1]["collected"] - base[1]["collected"] + now[2]["collected"] - base[2]["collected"]
left = gc.collect()
print("collected automatically + now", young + left)
print("keys", sorted(now[0]))
