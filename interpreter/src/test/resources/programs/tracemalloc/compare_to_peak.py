# tracemalloc compare_to and statistics by filename/traceback
# collectors: generational
import tracemalloc
tracemalloc.start(3)
s1 = tracemalloc.take_snapshot()
def alloc(n):
    return [bytearray(100) for _ in range(n)]
data = alloc(50)
s2 = tracemalloc.take_snapshot()
flt = [tracemalloc.Filter(True, __file__)]
for st in s2.filter_traces(flt).compare_to(s1.filter_traces(flt), "lineno")[:3]:
    print(st.traceback[0].lineno, st.size_diff, st.count_diff)
for st in s2.filter_traces(flt).statistics("filename")[:1]:
    print(st.count, st.size)
st = s2.filter_traces(flt).statistics("traceback")[0]
print(st.count, st.size, [f.lineno for f in st.traceback])
cur, peak = tracemalloc.get_traced_memory()
del data
cur2, peak2 = tracemalloc.get_traced_memory()
print(peak2 == peak, cur - cur2)
tracemalloc.stop()
