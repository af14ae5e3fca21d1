# Calls the loop specializes: 1M iterations of len(l), isinstance(x, int), a method called through
# its instance (o.m(i)) and a bound method held in a local (m(i)) (PRECALL_NO_KW_LEN,
# PRECALL_NO_KW_ISINSTANCE, LOAD_METHOD_WITH_VALUES, PRECALL_BOUND_METHOD; bench/README.md, issue 14).
# Prints seconds.
import time
class C:
    def m(self, v):
        return v
def work(n):
    l = [1, 2, 3]
    o = C()
    m = o.m
    total = 0
    for i in range(n):
        total += len(l)
        if isinstance(i, int):
            total += o.m(i) - m(i)
    return total
start = time.perf_counter()
work(1_000_000)
print(round(time.perf_counter() - start, 3))
