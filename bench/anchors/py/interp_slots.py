# __slots__ members: 1M iterations of two member loads and one member store on an instance of a class
# with __slots__ (LOAD_ATTR_SLOT, STORE_ATTR_SLOT; bench/README.md, issue 14). Prints seconds.
import time
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def work(n):
    p = P(1, 2)
    total = 0
    for i in range(n):
        total += p.x + p.y
        p.x = i & 7
    return total
start = time.perf_counter()
work(1_000_000)
print(round(time.perf_counter() - start, 3))
