# tracemalloc.get_traced_memory current and peak around temporary data; reset_peak; clear_traces.
import tracemalloc

tracemalloc.start()
base_cur, base_peak = tracemalloc.get_traced_memory()

def spike():
    tmp = [str(i) * 10 for i in range(5000)]
    return len(tmp)

print("spike", spike())
cur, peak = tracemalloc.get_traced_memory()
print("current small", cur - base_cur < 10000, "peak big", peak - base_cur > 200000)
tracemalloc.reset_peak()
cur2, peak2 = tracemalloc.get_traced_memory()
print("peak reset to current", peak2 - cur2 < 1000)
keep = bytearray(100000)
cur3, peak3 = tracemalloc.get_traced_memory()
print("keep counted", 100000 <= cur3 - cur2 < 101000, peak3 >= cur3)
size_before = tracemalloc.get_tracemalloc_memory()
tracemalloc.clear_traces()
print("after clear", tracemalloc.get_traced_memory())
print("tracing", tracemalloc.is_tracing())
x = [1.5] * 1000
print("new allocation", tracemalloc.get_traced_memory()[0] >= 8000)
snap = tracemalloc.take_snapshot()
print("traces", len(snap.traces) > 0, snap.traceback_limit)
tracemalloc.stop()
print("stopped", tracemalloc.get_traced_memory())
