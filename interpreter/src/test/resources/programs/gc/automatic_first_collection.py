# After gc.collect() the counts are zero; the allocation that makes count[0] exceed the threshold
# (700) triggers a generation-0 collection inside that allocation. The callback's own info dict is
# one more allocation, so it sees count 702 ... and the collection resets it.
# collectors: generational
import gc

events = []

def cb(phase, info):
    events.append((phase, info["generation"], gc.get_count()))

gc.collect()
gc.callbacks.append(cb)
hold = []
n = 0
while not events:
    hold.append([])
    n += 1
gc.callbacks.remove(cb)
print("collection during allocation number", n)
for e in events:
    print(e)
