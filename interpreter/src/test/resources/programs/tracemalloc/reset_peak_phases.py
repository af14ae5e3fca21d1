# get_traced_memory's peak across phases of a job, with reset_peak between them.
import tracemalloc

tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()

def phase(n):
    data = [bytes(1000) for _ in range(n)]
    return len(data)

tracemalloc.reset_peak()
phase(100)
cur, peak = tracemalloc.get_traced_memory()
print("phase 100: peak above base by at least 100 kB:", peak - base >= 100_000, "current back near base:", cur - base < 10_000)

tracemalloc.reset_peak()
cur2, peak2 = tracemalloc.get_traced_memory()
print("right after reset peak == current:", peak2 == cur2)
phase(10)
cur3, peak3 = tracemalloc.get_traced_memory()
print("smaller phase peak smaller:", peak3 < peak, peak3 - base >= 10_000)

big = bytearray(500_000)
cur4, peak4 = tracemalloc.get_traced_memory()
print("kept buffer counted:", cur4 - cur3 >= 500_000, peak4 >= cur4)
del big
cur5, peak5 = tracemalloc.get_traced_memory()
print("freed:", cur5 < cur4, "peak kept:", peak5 == peak4)
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
tracemalloc.reset_peak()
print("reset_peak when stopped is fine")
