# Module attributes: 1M iterations of a module attribute load and two calls of a module's functions
# (math.pi, math.floor(x), math.fabs(x): LOAD_ATTR_MODULE and LOAD_METHOD_MODULE; bench/README.md,
# issue 14). Prints seconds.
import math
import time
def work(n):
    total = 0.0
    for i in range(n):
        total += math.pi + math.floor(1.5) + math.fabs(-1.0)
    return total
start = time.perf_counter()
work(1_000_000)
print(round(time.perf_counter() - start, 3))
