# The tracemalloc "display the top 10" recipe from the documentation, adapted.
import tracemalloc

tracemalloc.start()

data = [str(i) * 10 for i in range(2000)]
table = {i: [i] * 5 for i in range(500)}
blob = bytearray(100000)

snapshot = tracemalloc.take_snapshot()
snapshot = snapshot.filter_traces((
    tracemalloc.Filter(False, "<frozen importlib._bootstrap>"),
    tracemalloc.Filter(False, "<unknown>"),
    tracemalloc.Filter(False, tracemalloc.__file__),
))
top_stats = snapshot.statistics("lineno")
print("[ Top 3 ]")
for index, stat in enumerate(top_stats[:3], 1):
    frame = stat.traceback[0]
    print(f"#{index}: line {frame.lineno}: {stat.size >= 1000} size>1KB, count {stat.count > 0}")
print("largest is the bytearray line:", top_stats[0].traceback[0].lineno == 8)
print("the list comprehension line is traced:", any(s.traceback[0].lineno == 6 for s in top_stats))
current, peak = tracemalloc.get_traced_memory()
print("current <= peak:", current <= peak, "current > 100000:", current > 100000)
del blob
current2, peak2 = tracemalloc.get_traced_memory()
print("freed about 100000:", 99000 < current - current2 < 101000)
print("peak kept:", peak2 == peak)
tracemalloc.reset_peak()
c3, p3 = tracemalloc.get_traced_memory()
print("reset_peak -> peak == current:", p3 == c3)
tracemalloc.stop()
print("tracing:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
