# set_threshold with odd values: 0 disables automatic collection, 1 collects on every allocation.
# collectors: generational
import gc

old = gc.get_threshold()
print("default:", old)
gc.collect()

gc.set_threshold(0)
print(gc.get_threshold())
before = gc.get_count()[0]
junk = [[] for _ in range(2000)]
print("count grows past 700 with threshold 0:", gc.get_count()[0] - before >= 2000)
del junk

gc.set_threshold(5, 1, 1)
print(gc.get_threshold())
gc.collect()
seen = []
def cb(phase, info):
    if phase == "start":
        seen.append(info["generation"])
gc.callbacks.append(cb)
for _ in range(30):
    [].append
    x = [[]]
gc.callbacks.remove(cb)
print("collections happened:", len(seen) > 0, "max generation:", max(seen))

gc.set_threshold(700)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold("a")
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(*old)
print(gc.get_threshold() == old)
