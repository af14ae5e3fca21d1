# a small event simulation: a bank with tellers as a heapq event queue, seeded random arrivals, dataclass events ordered by time
import heapq, random
from dataclasses import dataclass, field
from statistics import mean

@dataclass(order=True)
class Event:
    time: float
    kind: str = field(compare=False)
    customer: int = field(compare=False)

def simulate(tellers, customers, seed):
    rng = random.Random(seed)
    events = []
    t = 0.0
    for c in range(customers):
        t += rng.expovariate(1.0)
        heapq.heappush(events, Event(round(t, 3), "arrive", c))
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
                heapq.heappush(events, Event(round(ev.time + rng.uniform(1, 3), 3), "leave", ev.customer))
            else:
                queue.append(ev.customer)
        else:
            log.append((ev.time, ev.customer))
            if queue:
                nxt = queue.pop(0)
                waits.append(ev.time - arrived[nxt])
                heapq.heappush(events, Event(round(ev.time + rng.uniform(1, 3), 3), "leave", nxt))
            else:
                free += 1
    return waits, log

for tellers in (1, 2, 3):
    waits, log = simulate(tellers, 20, seed=2024)
    print(f"tellers={tellers} mean wait={mean(waits):.3f} max={max(waits):.3f} last leave={log[-1]}")
print(sorted(Event(2, "x", 1) for _ in range(1)) + [Event(1, "y", 2)] < [Event(3, "z", 0)])
