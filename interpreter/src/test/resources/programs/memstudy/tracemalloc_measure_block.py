# "How much memory does this code use?" with a small context manager around tracemalloc.
import gc
import tracemalloc
from contextlib import contextmanager

@contextmanager
def measure(label):
    gc.collect()
    tracemalloc.start()
    try:
        yield
    finally:
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{label}: current {current // 1000} kB, peak {peak // 1000} kB")

n = 100_000
with measure("list of n ints"):
    nums = list(range(n))
with measure("tuple of n ints"):
    tup = tuple(range(n))
with measure("bytes n"):
    bb = bytes(n)
with measure("temporary list"):
    total = sum([i for i in range(n)])
with measure("generator"):
    total = sum(i for i in range(n))
with measure("str join"):
    s = ",".join(["ab"] * 20000)
print(total, len(s), len(nums), len(tup), len(bb))
