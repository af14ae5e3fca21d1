# A memoizing decorator on a dict measured with tracemalloc as its cache grows: the cache dict's
# own table (traced on the decorator's line that stores) and the int keys and values it keeps;
# clearing the cache gives the memory back.
import tracemalloc


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
sizes = []
for limit in (10, 100, 1000):
    for i in range(1, limit):
        collatz_len(i)
    sizes.append(len(collatz_len.cache))
current = tracemalloc.get_traced_memory()[0]
print("entries:", sizes)
print("grew:", current > before)
snap = tracemalloc.take_snapshot()
stats = snap.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno")
top = stats[0]
print("top line:", top.traceback[0].lineno, "blocks", top.count > 0)
collatz_len.cache.clear()
after_clear = tracemalloc.get_traced_memory()[0]
print("clear gave memory back:", after_clear < current)
print("longest chain below 1000:", max(range(1, 1000), key=collatz_len))
tracemalloc.stop()
