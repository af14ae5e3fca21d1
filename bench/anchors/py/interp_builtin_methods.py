# Class attributes, built-in methods, unpacking: 1M iterations of a class attribute load, a call
# of a class's function through the class, l.append/l.pop, d.get and a two-item unpack
# (LOAD_ATTR_CLASS, LOAD_METHOD_CLASS, LOAD_METHOD_NO_DICT, UNPACK_SEQUENCE_TWO_TUPLE; bench/README.md,
# issue 14). Prints seconds.
import time
class C:
    limit = 10
    def twice(v):
        return 2 * v
def work(n):
    l = []
    d = {"k": 1}
    pair = (1, 2)
    total = 0
    for i in range(n):
        total += C.limit + C.twice(i)
        l.append(i)
        l.pop()
        a, b = pair
        total += d.get("k") + a + b
    return total
start = time.perf_counter()
work(1_000_000)
print(round(time.perf_counter() - start, 3))
