# a small discrete-event simulation: a seeded bank queue with a heap of events, statistics and a histogram
import heapq
import random
import statistics
from dataclasses import dataclass, field
from itertools import count

@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False)

def simulate(n_customers, tellers, seed):
    rng = random.Random(seed)
    events = []
    seq = count()
    t = 0.0
    for c in range(n_customers):
        t += rng.expovariate(1.0)
        heapq.heappush(events, Event(round(t, 3), next(seq), "arrive", c))
    free = tellers
    queue = []
    arrived = {}
    waits = []
    log = []
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            if free:
                free -= 1
                waits.append(0.0)
                heapq.heappush(events, Event(round(ev.time + rng.uniform(0.5, 2.5), 3), next(seq), "leave", ev.customer))
            else:
                queue.append(ev.customer)
        else:
            log.append(f"{ev.time:7.3f} customer {ev.customer} leaves")
            if queue:
                c = queue.pop(0)
                waits.append(round(ev.time - arrived[c], 3))
                heapq.heappush(events, Event(round(ev.time + rng.uniform(0.5, 2.5), 3), next(seq), "leave", c))
            else:
                free += 1
    return waits, log

waits, log = simulate(12, 2, seed=42)
print("\n".join(log[:5]))
print("waits:", waits)
print(f"mean {statistics.mean(waits):.3f} median {statistics.median(waits):.3f} max {max(waits):.3f} stdev {statistics.pstdev(waits):.3f}")
buckets = {}
for w in waits:
    buckets[int(w)] = buckets.get(int(w), 0) + 1
for b in sorted(buckets):
    print(f"{b}-{b + 1}s | {'#' * buckets[b]}")
for tellers in (1, 2, 3):
    w, _ = simulate(30, tellers, seed=7)
    print(tellers, "tellers:", round(statistics.fmean(w), 3), sum(1 for x in w if x == 0))
rng = random.Random(1)
print(rng.random(), rng.randint(1, 6), rng.choice("abc"), rng.sample(range(10), 3), rng.gauss(0, 1))
deck = list(range(10)); rng.shuffle(deck); print(deck, rng.choices("xy", weights=[1, 3], k=5), rng.uniform(1, 2))
