# With thresholds (700, 10, 10), ten generation-0 collections are followed by one of generation 1
# (when count[1] exceeds 10); generation 2 waits for the long-lived rule.
# collectors: generational
import gc

gens = []

def cb(phase, info):
    if phase == "start":
        gens.append(info["generation"])

gc.collect()
gc.callbacks.append(cb)
hold = []
while len(gens) < 25:
    hold.append([])
gc.callbacks.remove(cb)
print(gens)
