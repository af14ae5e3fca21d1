# Generators save memory: the numbers from "use generators for big data" posts.
import sys
import tracemalloc

def squares_list(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result

def squares_gen(n):
    for i in range(n):
        yield i * i

print("list object:", sys.getsizeof(squares_list(10000)))
print("generator object:", sys.getsizeof(squares_gen(10000)))
print("range object:", sys.getsizeof(range(10000)))
print("map object:", sys.getsizeof(map(abs, range(10000))))
print("filter object:", sys.getsizeof(filter(None, range(10000))))
print("zip object:", sys.getsizeof(zip(range(3), range(3))))
print("enumerate object:", sys.getsizeof(enumerate(range(3))))
print("list iterator:", sys.getsizeof(iter([1, 2])))
print("dict iterator:", sys.getsizeof(iter({1: 2})))
tracemalloc.start()
total = sum(squares_list(10000))
_, peak_list = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
total2 = sum(squares_gen(10000))
_, peak_gen = tracemalloc.get_traced_memory()
tracemalloc.stop()
print("same result:", total == total2)
print("list peak much larger:", peak_list > 10 * peak_gen)
print("list peak over 300 kB:", peak_list > 300_000)
g = squares_gen(3)
print("gi_frame before:", g.gi_frame is not None, "running:", g.gi_running)
print(list(g))
print("gi_frame after:", g.gi_frame)
