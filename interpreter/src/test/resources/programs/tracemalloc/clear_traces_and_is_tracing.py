# clear_traces, is_tracing, stop/start cycles, and take_snapshot when tracing is off.
# collectors: generational refcount
import tracemalloc

print(tracemalloc.is_tracing())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
tracemalloc.start()
print(tracemalloc.is_tracing())
data = [str(i) for i in range(1000)]
cur, peak = tracemalloc.get_traced_memory()
print("tracing some memory:", cur > 10000)
tracemalloc.clear_traces()
cur2, peak2 = tracemalloc.get_traced_memory()
print("after clear_traces:", cur2 < 1000, peak2 < 1000)
print(tracemalloc.get_object_traceback(data) is None)
more = [str(i) for i in range(10)]
print(tracemalloc.get_object_traceback(more) is not None)
tracemalloc.start()
print("start twice keeps tracing:", tracemalloc.is_tracing())
tracemalloc.stop()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(tracemalloc.get_tracemalloc_memory() >= 0)
