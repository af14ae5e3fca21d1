# get_traced_memory: current after alloc and free, peak kept until reset_peak
# collectors: generational
import tracemalloc
tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
x = bytes(100000)
cur, peak = tracemalloc.get_traced_memory()
print(cur - base, peak >= cur)
del x
cur, peak = tracemalloc.get_traced_memory()
print(cur - base, peak - base > 100000)
tracemalloc.reset_peak()
cur, peak = tracemalloc.get_traced_memory()
print(peak - cur < 200)
y = [0] * 1000
cur, peak = tracemalloc.get_traced_memory()
print(cur - base, peak >= cur)
tracemalloc.stop()
