# gc.get_stats() after collections of each generation
# collectors: generational
import gc
gc.collect()
before = gc.get_stats()
class N:
    pass
for _ in range(3):
    a = N(); a.me = a
del a
gc.collect(0)
gc.collect(1)
n = gc.collect()
after = gc.get_stats()
print(n, [after[i]["collections"] - before[i]["collections"] for i in range(3)])
print([after[i]["collected"] - before[i]["collected"] for i in range(3)])
print(sorted(after[0]))
