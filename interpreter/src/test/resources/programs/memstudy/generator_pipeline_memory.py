# Generators against lists in a data pipeline, measured with tracemalloc's peak and
# getsizeof: the list pipeline holds everything, the generator one holds a frame.
import sys
import tracemalloc

def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    return (x for x in it if x % 2 == 0)

N = 50000
tracemalloc.start()
tracemalloc.reset_peak()
total = sum(evens(squares(numbers(N))))
gen_peak = tracemalloc.get_traced_memory()[1]
tracemalloc.reset_peak()
lst = [x * x for x in range(N)]
lst = [x for x in lst if x % 2 == 0]
total2 = sum(lst)
list_peak = tracemalloc.get_traced_memory()[1]
del lst
tracemalloc.stop()
print("same total:", total == total2, total)
print("generator peak under 10 KiB:", gen_peak < 10 * 1024)
print("list peak over 1 MiB:", list_peak > 1024 * 1024)

g = squares(numbers(10))
print("generator object size:", sys.getsizeof(g))
print("genexpr size:", sys.getsizeof(evens(g)))
print("list of 10 size:", sys.getsizeof([x * x for x in range(10)]))
print("range size:", sys.getsizeof(range(10 ** 9)))
print("state:", g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(next(g), next(g), next(g))
print("frame lasti moved:", g.gi_frame.f_lasti > 0, g.gi_code.co_name)
print("yieldfrom:", g.gi_yieldfrom)
rest = list(g)
print("exhausted:", rest[-1], g.gi_frame)
it = iter(range(5))
print("range iterator size:", sys.getsizeof(it), "list iterator:", sys.getsizeof(iter([])))
