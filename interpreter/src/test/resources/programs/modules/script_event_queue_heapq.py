# Real script: a discrete-event simulation with heapq: customers, tellers, statistics.
import heapq, random, statistics
from dataclasses import dataclass, field
from itertools import count

@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    who: int = field(compare=False)

rng = random.Random(2024)
seq = count()
q = []
for c in range(12):
    heapq.heappush(q, Event(round(rng.expovariate(1 / 3), 3) + c * 2, next(seq), "arrive", c))
free_tellers = 2
waiting = []
arrived = {}
waits = []
log = []
while q:
    ev = heapq.heappop(q)
    if ev.kind == "arrive":
        arrived[ev.who] = ev.time
        if free_tellers:
            free_tellers -= 1
            waits.append(0.0)
            heapq.heappush(q, Event(round(ev.time + rng.uniform(2, 6), 3), next(seq), "leave", ev.who))
        else:
            waiting.append(ev.who)
    else:
        log.append(f"{ev.time:7.3f} customer {ev.who:2d} leaves")
        if waiting:
            nxt = waiting.pop(0)
            waits.append(round(ev.time - arrived[nxt], 3))
            heapq.heappush(q, Event(round(ev.time + rng.uniform(2, 6), 3), next(seq), "leave", nxt))
        else:
            free_tellers += 1
print("\n".join(log))
print("waits:", waits)
print(f"mean={statistics.mean(waits):.3f} median={statistics.median(waits):.3f} stdev={statistics.stdev(waits):.3f}")
print("max wait:", max(waits), "who waited:", sum(1 for w in waits if w > 0))
print(heapq.nsmallest(3, waits), heapq.nlargest(2, [3, 1, 4, 1, 5, 9, 2, 6]))
h = [5, 3, 8]; heapq.heapify(h); print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
