# collectors: generational
# When does the collector run on its own? Count callback invocations with a low threshold.
import gc

runs = []
gc.collect()
gc.callbacks.append(lambda phase, info: runs.append(info["generation"]) if phase == "start" else None)
old = gc.get_threshold()
gc.set_threshold(10, 2, 2)
keep = []
for i in range(95):
    keep.append([i])
gc.set_threshold(*old)
gc.callbacks.clear()
print("automatic collections:", len(runs))
print("generations:", runs)
