# Automatic collections run inside the allocation that pushes count[0] over the threshold, so
# their callbacks interleave with the program at fixed points. With threshold 10 the log shows
# after which append each collection started (the callbacks' own tuples and info dicts count too).
# collectors: generational
import gc

log = []

def cb(phase, info):
    log.append((phase, info["generation"], len(hold)))

hold = []
gc.collect()
gc.set_threshold(10)
gc.callbacks.append(cb)
for i in range(40):
    hold.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
for entry in log:
    print(entry)
