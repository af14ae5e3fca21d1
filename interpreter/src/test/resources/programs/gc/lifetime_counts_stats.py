# gc.get_count and gc.get_stats over a program's life: allocations, collections by generation, totals.
# collectors: generational
import gc

gc.collect()
base = [s["collections"] for s in gc.get_stats()]
base_collected = [s["collected"] for s in gc.get_stats()]
print("thresholds", gc.get_threshold())

class Cyc:
    def __init__(self):
        self.me = self

for i in range(3):
    junk = [Cyc() for _ in range(300)]
    del junk
    n = gc.collect(0)
    print("round", i, "gen0 collected", n)

after = [s["collections"] - b for s, b in zip(gc.get_stats(), base)]
print("collections since start", after)
for i in range(2):
    junk = [Cyc() for _ in range(50)]
    del junk
    print("gen1 collect", gc.collect(1))
print("full", gc.collect())
stats = gc.get_stats()
print("collected per gen", [s["collected"] - b for s, b in zip(stats, base_collected)])
print("uncollectable", [s["uncollectable"] for s in stats])
print("keys", sorted(stats[0]))
print("count after full", gc.get_count())
x = [[] for _ in range(10)]
print("count after 10 lists", gc.get_count())
del x
print("count after del", gc.get_count())
