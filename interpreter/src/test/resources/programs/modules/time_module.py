# time.sleep waits at least the requested time; clocks only move forward. No timings printed.
import time

t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.02)
print("slept at least 0.02 s:", time.monotonic() - t0 >= 0.019, time.perf_counter() > p0)
print(time.time() > 1.6e9, type(time.time()).__name__, type(time.monotonic_ns()).__name__)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
