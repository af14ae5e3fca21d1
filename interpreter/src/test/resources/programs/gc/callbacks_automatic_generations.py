# automatic collections and gc.callbacks interleave with the program's output
# collectors: generational
import gc
gc.collect()
events = []
def cb(phase, info):
    if phase == "stop":
        events.append(info["generation"])
gc.callbacks.append(cb)
class N:
    pass
keep = []
for i in range(2000):
    keep.append(N())
gc.callbacks.remove(cb)
print(len(events) > 0, set(events) <= {0, 1, 2}, events[:2])
