# tracemalloc's state: not tracing at start, (0, 0) traced memory, traceback limit 1 by default;
# start(n) sets the limit; stop() forgets everything.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
keep = [bytes(1000) for _ in range(10)]
print(tracemalloc.get_traced_memory()[0] >= 10000)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
