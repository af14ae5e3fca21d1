# collectors: generational
# Raising and lowering gc thresholds and counting automatic collections for the same workload.
import gc

def workload():
    keep = []
    for i in range(3000):
        keep.append([i])
        if len(keep) > 50:
            keep.clear()

def count_collections(th):
    gc.collect()
    gc.set_threshold(*th)
    n = [0, 0, 0]
    def cb(phase, info):
        if phase == "start":
            n[info["generation"]] += 1
    gc.callbacks.append(cb)
    workload()
    gc.callbacks.remove(cb)
    return n

old = gc.get_threshold()
print("default threshold", old)
for th in [(700, 10, 10), (100, 10, 10), (2000, 10, 10), (100, 2, 2), (0, 10, 10)]:
    print(th, count_collections(th))
gc.set_threshold(*old)
print("restored", gc.get_threshold())
gc.disable()
print("disabled:", count_collections(old), gc.isenabled())
gc.enable()
