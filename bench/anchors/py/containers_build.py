# Containers, second pass: building containers item by item and sorting, each statement timed with
# time.perf_counter (5 warm-up calls, then the best of 15); prints one line per operation,
# milliseconds. Run under ./pyheap run and python3 back to back (bench/README.md, "Containers,
# second pass").
import time, random
random.seed(1)
N = 100_000
ints = list(range(N))
random.shuffle(ints)
small = ints[:10_000]
ascending = sorted(ints)
floats = [random.random() for _ in range(10_000)]
strs10k = [str(i) for i in small]

def bench(name, f, reps=15):
    for _ in range(5):
        f()
    best = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    print(f"{name:28} {best * 1000:9.3f}")

def append_loop():
    l = []
    for i in ints:
        l.append(i)
def dict_store():
    d = {}
    for i in ints:
        d[i] = i
def set_add():
    s = set()
    for i in ints:
        s.add(i)
def listcomp():
    return [i for i in ints]
def dictcomp():
    return {i: i for i in ints}

bench("l.append loop", append_loop)
bench("d[k] = v loop", dict_store)
bench("s.add loop", set_add)
bench("[i for i in x]", listcomp)
bench("{i: i for i in x}", dictcomp)
bench("x + y", lambda: ints + ints)
bench("x * 3", lambda: ints * 3)
bench("-1 in list", lambda: -1 in ints)
bench("sorted 10k ints", lambda: sorted(small))
bench("sorted 10k floats", lambda: sorted(floats))
bench("sorted 10k strs", lambda: sorted(strs10k))
bench("sorted 10k key=abs", lambda: sorted(small, key=abs))
bench("sorted 10k key=lambda", lambda: sorted(small, key=lambda v: -v))
bench("sorted 100k ints", lambda: sorted(ints), reps=8)
bench("sorted 100k ascending", lambda: sorted(ascending), reps=8)
