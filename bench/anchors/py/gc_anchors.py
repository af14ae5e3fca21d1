"""What one gc.collect() costs CPython 3.11 on a known graph: the CPython side of CollectorBench.

    python3 gc_anchors.py CASE N [REPEATS]

CASE:
  baseline   the bare interpreter's own objects (N is ignored)
  reachable  N small lists [i], all held by one list: everything survives
  chain      N instances of Link, each pointing at the previous one, the last held: everything survives
  cycles     N/2 Person<->Dog pairs pointing at each other, then dropped: the collection frees all N
  young      gc.collect(0) over 700 fresh empty lists while generation 2 holds N empty lists: a young
             collection should not look at the old ones

Automatic collection is off (gc.disable()) while the graphs are built, and gc.freeze() is not used.
Only gc.collect() itself is inside the clock (time.perf_counter()). The full cases time REPEATS
collections (default 5); for the surviving graphs the graph is built once and collected twice
untimed first, so it sits in the oldest generation; for cycles each repeat builds fresh pairs.
young times REPEATS collections (default 200) after 50 untimed ones.

Prints one JSON line: the times (ms; young: microseconds), their median, min and max, the objects
gc tracked at the collection, what each collection freed, and the median per tracked object.
"""
import gc
import json
import statistics
import sys
import time


class Person:
    def __init__(self, name):
        self.name = name
        self.dog = None


class Dog:
    def __init__(self, name):
        self.name = name
        self.owner = None


class Link:
    def __init__(self, previous):
        self.next = previous


def tracked():
    return len(gc.get_objects())


def clocked(generation=2):
    """Seconds taken by one gc.collect(generation), and what it returned."""
    start = time.perf_counter()
    freed = gc.collect(generation)
    return time.perf_counter() - start, freed


def surviving_graph(case, n):
    if case == "reachable":
        return [[i] for i in range(n)]
    if case == "chain":
        last = None
        for _ in range(n):
            last = Link(last)
        return last
    return None


def full_collections(case, n, repeats):
    seconds, freed, counts = [], [], []
    if case == "cycles":
        for _ in range(repeats):
            gc.collect()
            pairs = []
            for i in range(n // 2):
                person, dog = Person(i), Dog(i)
                person.dog, dog.owner = dog, person
                pairs.append(person)
            counts.append(tracked() - 1)  # the list 'pairs' goes before the collection
            del pairs, person, dog
            s, f = clocked()
            seconds.append(s)
            freed.append(f)
        return seconds, freed, counts
    root = surviving_graph(case, n)
    gc.collect()
    gc.collect()
    count = tracked()
    for _ in range(repeats):
        s, f = clocked()
        seconds.append(s)
        freed.append(f)
        counts.append(count)
    del root
    return seconds, freed, counts


def young_collections(n, repeats):
    old = [[] for _ in range(n)]
    gc.collect()
    gc.collect()
    young = None
    seconds, freed, counts = [], [], []
    for i in range(50 + repeats):
        young = [[] for _ in range(700)]
        s, f = clocked(0)
        if i >= 50:
            seconds.append(s)
            freed.append(f)
    counts.append(tracked())
    del old, young
    return seconds, freed, counts


def main(argv):
    cases = ("baseline", "reachable", "chain", "cycles", "young")
    if len(argv) < 2 or argv[1] not in cases:
        print(f"usage: gc_anchors.py {'|'.join(cases)} N [REPEATS]", file=sys.stderr)
        sys.exit(2)
    case = argv[1]
    n = int(argv[2]) if len(argv) > 2 else 0
    young = case == "young"
    repeats = int(argv[3]) if len(argv) > 3 else (200 if young else 5)
    gc.disable()
    gc.collect()
    result = dict(case=case, n=n, python=sys.version.split()[0], base_tracked=tracked())
    if young:
        seconds, freed, counts = young_collections(n, repeats)
        unit, scale = "us", 1e6
    else:
        seconds, freed, counts = full_collections(case, n, repeats)
        unit, scale = "ms", 1e3
    times = [s * scale for s in seconds]
    ordered = sorted(times)
    median = statistics.median(times)
    at_collect = statistics.median_low(counts)
    result.update({
        f"times_{unit}": [round(t, 3) for t in times] if not young else None,
        f"median_{unit}": round(median, 3),
        f"min_{unit}": round(ordered[0], 3),
        f"max_{unit}": round(ordered[-1], 3),
        "tracked_at_collect": at_collect,
        "freed": freed if not young else sorted(set(freed)),
    })
    if young:
        result["p99_us"] = round(ordered[max(0, int(len(ordered) * 0.99) - 1)], 3)
    else:
        result["ns_per_tracked_obj"] = round(median * 1e6 / at_collect, 2) if at_collect else None
    print(json.dumps({k: v for k, v in result.items() if v is not None}))


if __name__ == "__main__":
    main(sys.argv)
