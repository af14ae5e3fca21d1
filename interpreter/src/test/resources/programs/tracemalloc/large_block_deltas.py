# Measuring large allocations with tracemalloc the robust way: collect, take the traced memory
# and a snapshot before allocating, then read deltas that big blocks dominate (free lists cannot
# hide a block of 100 KB): rounded to KiB, with the small overhead (the object header, the
# measuring code's own frames and tuples) only checked to be under 1 KiB. A bytearray's buffer,
# bytes, a list's item array (8 bytes a slot) and a tuple's inline items, a str of each kind, the
# memory given back when each goes; compare_to by lineno names the allocating lines.
import gc
import tracemalloc

N = 100_000


def measure(label, make):
    gc.collect()
    before, _ = tracemalloc.get_traced_memory()
    obj = make()
    after, _ = tracemalloc.get_traced_memory()
    del obj
    gone, _ = tracemalloc.get_traced_memory()
    delta = after - before
    print(f"{label:24} +{round(delta / 1024):4} KiB, freed back {after - gone > delta - 1024}")
    return delta


tracemalloc.start()
n = N
ba = measure("bytearray(n)", lambda: bytearray(n))
by = measure("bytes(n)", lambda: bytes(n))
lst = measure("[None] * n", lambda: [None] * n)
tup = measure("tuple([None] * n)", lambda: tuple([None] * n))
s1 = measure("'a' * n", lambda: "a" * n)
s2 = measure("'\\u20ac' * n", lambda: "\u20ac" * n)
s4 = measure("'\\U0001f600' * n", lambda: "\U0001f600" * n)
print("bytearray, bytes within 1 KiB of n:", 0 < ba - n < 1024, 0 < by - n < 1024)
print("list, tuple within 1 KiB of 8n:", 0 < lst - 8 * n < 1024, 0 < tup - 8 * n < 1024)
print("str kinds within 1 KiB of n, 2n, 4n:", [0 < d < 1024 for d in (s1 - n, s2 - 2 * n, s4 - 4 * n)])

gc.collect()
snap1 = tracemalloc.take_snapshot()
big_list = [None] * n
big_bytes = bytearray(n)
snap2 = tracemalloc.take_snapshot()
diff = snap2.compare_to(snap1, "lineno")
big = [d for d in diff if d.size_diff > 50_000]
for d in big:
    frame = d.traceback[0]
    print(f"line {frame.lineno}: +{round(d.size_diff / 1024)} KiB")
print("large entries:", len(big))

# growth by append: the item array is reallocated, the old one freed
gc.collect()
start, _ = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
grow = []
for i in range(n):
    grow.append(None)
now, peak = tracemalloc.get_traced_memory()
print("append-built list: about 8n", round((now - start) / 1024), "KiB, peak above current", peak > now)
del grow, big_list, big_bytes
tracemalloc.stop()
print("stopped:", tracemalloc.get_traced_memory())
