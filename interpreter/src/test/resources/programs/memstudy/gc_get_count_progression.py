# collectors: generational
# Watching gc.get_count() move as containers are created and destroyed.
import gc

gc.collect()
gc.disable()
c0 = gc.get_count()
a = []
c1 = gc.get_count()
b = {}
c2 = gc.get_count()
c = set()
c3 = gc.get_count()
d = 1.5 * len(a)
c4 = gc.get_count()
e = "string" * len(a)
c5 = gc.get_count()
del a
c6 = gc.get_count()
print("list:", c1[0] - c0[0])
print("dict:", c2[0] - c1[0])
print("set:", c3[0] - c2[0])
print("float (untracked):", c4[0] - c3[0])
print("str (untracked):", c5[0] - c4[0])
print("list freed:", c6[0] - c5[0])
print("gen1 and gen2 counts:", c6[1], c6[2])
x = [[] for _ in range(100)]
c7 = gc.get_count()
print("101 lists:", c7[0] - c6[0])
del x
c8 = gc.get_count()
print("101 lists freed:", c8[0] - c7[0])
gc.collect(0)
print("after collect(0):", gc.get_count()[0], gc.get_count()[1] - c8[1])
for i in range(3):
    gc.collect(0)
print("three more collect(0):", gc.get_count()[1] - c8[1])
gc.collect(1)
print("collect(1) zeroes gen1:", gc.get_count()[1])
gc.enable()
