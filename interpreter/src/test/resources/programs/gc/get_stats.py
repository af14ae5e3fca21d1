# gc.get_stats(): one dict per generation with cumulative collections, collected and
# uncollectable; a collection of generation g is counted in entry g.
# collectors: generational
import gc

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
before = gc.get_stats()
a = []
a.append(a)
del a
gc.collect(1)
after = gc.get_stats()
for g in range(3):
    print(g, {k: after[g][k] - before[g][k] for k in sorted(after[g])})
