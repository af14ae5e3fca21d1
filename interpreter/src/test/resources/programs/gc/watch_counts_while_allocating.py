# Watching gc.get_count() while a program allocates containers, atoms and cycles,
# and what an explicit collection of each generation does to the counts.
# collectors: generational
import gc

gc.collect()
gc.disable()
print("start", gc.get_count())
a = [[] for _ in range(10)]
print("10 lists + 1", gc.get_count())
b = [str(i) for i in range(10)]
print("10 strs + 1 list", gc.get_count())
c = {i: i for i in range(10)}
print("a dict", gc.get_count())
d = tuple(range(5))
print("a tuple", gc.get_count())
del a
print("del 11 lists", gc.get_count())
gc.collect(0)
print("after collect(0)", gc.get_count())
gc.collect(1)
print("after collect(1)", gc.get_count())
for i in range(3):
    gc.collect(0)
print("three collect(0)", gc.get_count())
gc.collect()
print("after collect()", gc.get_count())

class Obj:
    pass

objs = [Obj() for _ in range(20)]
print("20 instances", gc.get_count())
objs = None
print("dropped", gc.get_count())
stats = gc.get_stats()
print("generations:", len(stats), sorted(stats[0]))
gc.enable()
