# Subscripts and str equality: 1M iterations of a list, a tuple and a dict subscript, a list store and a
# str == test (bench/README.md, issue 14). Prints seconds.
import time
def work(n):
    l = list(range(10)); t = tuple(l); d = {i: i for i in range(10)}; s = "spam"
    total = 0
    for i in range(n):
        j = i & 7
        total += l[j] + t[j] + d[j]
        l[j] = j
        if s == "spam":
            total += 1
    return total
start = time.perf_counter()
work(1_000_000)
print(round(time.perf_counter() - start, 3))
