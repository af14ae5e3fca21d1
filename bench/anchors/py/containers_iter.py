# Containers, second pass: iteration and the builtins that consume iterables, each statement timed
# with time.perf_counter (5 warm-up calls, then the best of 15) on 100k items; prints one line per
# operation, milliseconds. Run under ./pyheap run and python3 back to back (bench/README.md,
# "Containers, second pass").
import time, random
random.seed(1)
N = 100_000
ints = list(range(N))
random.shuffle(ints)
strs = [str(i) for i in ints]
d = dict.fromkeys(ints)
s = set(ints)

def bench(name, f):
    for _ in range(5):
        f()
    best = float("inf")
    for _ in range(15):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    print(f"{name:28} {best * 1000:9.3f}")

def for_dict():
    for k in d:
        pass
def for_items():
    for k, v in d.items():
        pass
def for_values():
    for v in d.values():
        pass
def for_set():
    for k in s:
        pass
def for_list():
    for k in ints:
        pass
def for_enumerate():
    for i, k in enumerate(ints):
        pass
def for_zip():
    for a, b in zip(ints, strs):
        pass
def for_map():
    for v in map(abs, ints):
        pass

bench("for k in dict", for_dict)
bench("for k, v in d.items()", for_items)
bench("for v in d.values()", for_values)
bench("for k in set", for_set)
bench("for k in list", for_list)
bench("for i, k in enumerate", for_enumerate)
bench("for a, b in zip", for_zip)
bench("for v in map(abs, x)", for_map)
bench("set(list)", lambda: set(ints))
bench("set(dict)", lambda: set(d))
bench("frozenset(set)", lambda: frozenset(s))
bench("dict(zip(x, y))", lambda: dict(zip(ints, strs)))
bench("dict(dict)", lambda: dict(d))
bench("dict.fromkeys(list)", lambda: dict.fromkeys(ints))
bench("list(dict)", lambda: list(d))
bench("list(set)", lambda: list(s))
bench("tuple(list)", lambda: tuple(ints))
bench("sum(list)", lambda: sum(ints))
bench("any(gen)", lambda: any(x < 0 for x in ints))
bench("all(list)", lambda: all(ints))
bench("min(list)", lambda: min(ints))
bench("max(list)", lambda: max(ints))
bench("k in set (100k lookups)", lambda: [k in s for k in ints])
bench("k in dict (100k lookups)", lambda: [k in d for k in ints])
