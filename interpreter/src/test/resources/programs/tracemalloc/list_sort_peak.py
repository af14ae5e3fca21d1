# The memory list.sort takes while it runs, seen by tracemalloc's peak: a key array for 128 items
# or more with a key function, and a merge area once a merge needs more than the sort's own 256
# (128 with keys) slots
import random
import tracemalloc

random.seed(3)
shuffled = list(range(3000))
random.shuffle(shuffled)
cases = [
    ('sorted 3000', list(range(3000)), False),
    ('shuffled 3000', shuffled, False),
    ('shuffled 3000 key', shuffled, True),
    ('shuffled 100 key', shuffled[:100], True),
    ('shuffled 127 key', shuffled[:127], True),
    ('shuffled 128 key', shuffled[:128], True),
    ('shuffled 600', shuffled[:600], False),
    ('two runs', list(range(0, 2000, 2)) + list(range(1, 2000, 2)), False),
    ('two runs key', list(range(0, 2000, 2)) + list(range(1, 2000, 2)), True),
]
tracemalloc.start()
[].sort(key=abs)
[].sort()
for name, data, kw in cases:
    data = list(data)
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    if kw:
        data.sort(key=abs)
    else:
        data.sort()
    current, peak = tracemalloc.get_traced_memory()
    print(name, (peak - before) // 100)  # to 100 bytes: the sort's blocks, not the loop's small objects
tracemalloc.stop()
