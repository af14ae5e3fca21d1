# get_traced_memory() = (current, peak); a large block freed leaves its mark in the peak until
# reset_peak(); clear_traces() forgets the blocks traced so far.
import tracemalloc

tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
big = bytearray(1000000)
cur, peak = tracemalloc.get_traced_memory()
print("current grew by at least 1 MB:", cur - base >= 1000000)
del big
cur2, peak2 = tracemalloc.get_traced_memory()
print("freed:", cur2 < cur, "peak kept:", peak2 >= cur)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("after reset_peak the peak is near current:", peak3 - cur3 < 10000)
tracemalloc.clear_traces()
print("after clear_traces:", tracemalloc.get_traced_memory()[0] < 10000)
tracemalloc.stop()
