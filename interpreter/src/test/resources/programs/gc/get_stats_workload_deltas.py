# gc.get_stats() around an app's workload: the per-generation collections and collected counts
# grow by exactly what the explicit collections did (automatic collection disabled), with
# uncollectable staying 0.
# collectors: generational
import gc


class Job:
    def __init__(self):
        self.me = self


def delta(before, after):
    return [{k: a[k] - b[k] for k in a} for b, a in zip(before, after)]


gc.disable()
gc.collect()
s0 = gc.get_stats()
for _ in range(4):
    Job()
gc.collect(0)
for _ in range(3):
    Job()
gc.collect(1)
for _ in range(2):
    Job()
gc.collect()
s1 = gc.get_stats()
for gen, d in enumerate(delta(s0, s1)):
    print(gen, d)
gc.enable()
