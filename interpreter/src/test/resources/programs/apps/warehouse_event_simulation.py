# A whole application: a discrete-event simulation of a warehouse: an event queue on heapq ordered
# by (time, sequence), processes written as generators that yield delays and requests (a tiny
# scheduler in the style of SimPy), resources with FIFO queues, seeded random arrivals, restocking,
# per-order statistics, and a final audit that raises an ExceptionGroup of every invariant broken.
import heapq
import itertools
import random
import statistics
from collections import defaultdict, deque
from dataclasses import dataclass, field


class Timeout:
    def __init__(self, delay):
        self.delay = delay


class Request:
    def __init__(self, resource):
        self.resource = resource


class Release:
    def __init__(self, resource):
        self.resource = resource


class Resource:
    def __init__(self, sim, name, capacity):
        self.sim, self.name, self.capacity = sim, name, capacity
        self.users = 0
        self.waiting = deque()
        self.busy_time = 0.0
        self.last_change = 0.0
        self.max_queue = 0

    def _account(self):
        self.busy_time += self.users * (self.sim.now - self.last_change)
        self.last_change = self.sim.now

    def request(self, proc):
        self._account()
        if self.users < self.capacity:
            self.users += 1
            self.sim.schedule(0, proc)
        else:
            self.waiting.append(proc)
            self.max_queue = max(self.max_queue, len(self.waiting))

    def release(self):
        self._account()
        if self.waiting:
            self.sim.schedule(0, self.waiting.popleft())
        else:
            self.users -= 1


class Simulation:
    def __init__(self, seed):
        self.now = 0.0
        self.queue = []
        self.seq = itertools.count()
        self.rng = random.Random(seed)
        self.steps = 0
        self.trace = []

    def schedule(self, delay, proc, value=None):
        heapq.heappush(self.queue, (self.now + delay, next(self.seq), proc, value))

    def process(self, gen):
        self.schedule(0, gen)
        return gen

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            self.now, _, proc, value = heapq.heappop(self.queue)
            self.steps += 1
            try:
                cmd = proc.send(value)
            except StopIteration:
                continue
            match cmd:
                case Timeout(delay=d):
                    self.schedule(d, proc)
                case Request(resource=r):
                    r.request(proc)
                case Release(resource=r):
                    r.release()
                    self.schedule(0, proc)
                case _:
                    raise TypeError(f"process yielded {cmd!r}")
        self.now = until


@dataclass
class Order:
    oid: int
    items: dict
    created: float
    picked: float = None
    shipped: float = None
    backordered: list = field(default_factory=list)


class Warehouse:
    def __init__(self, sim):
        self.sim = sim
        self.pickers = Resource(sim, "pickers", 2)
        self.dock = Resource(sim, "dock", 1)
        self.stock = {"bolt": 40, "nut": 60, "gear": 12, "spring": 25, "motor": 4}
        self.orders = []
        self.restocks = 0
        self.log = []

    def customer(self, n_orders):
        for oid in range(1, n_orders + 1):
            yield Timeout(round(self.sim.rng.expovariate(1 / 4), 3))
            items = {k: self.sim.rng.randint(1, 6) for k in self.sim.rng.sample(sorted(self.stock), self.sim.rng.randint(1, 3))}
            order = Order(oid, items, self.sim.now)
            self.orders.append(order)
            self.sim.process(self.fulfil(order))

    def fulfil(self, order):
        yield Request(self.pickers)
        for item, qty in sorted(order.items.items()):
            yield Timeout(0.5 * qty)
            if self.stock[item] >= qty:
                self.stock[item] -= qty
            else:
                order.backordered.append(item)
        order.picked = self.sim.now
        yield Release(self.pickers)
        yield Request(self.dock)
        yield Timeout(2.0)
        order.shipped = self.sim.now
        yield Release(self.dock)
        if order.oid % 10 == 0:
            self.log.append(f"t={self.sim.now:7.2f} order {order.oid} shipped ({len(order.items)} lines)")

    def restocker(self, period, threshold):
        while True:
            yield Timeout(period)
            low = sorted(k for k, v in self.stock.items() if v < threshold)
            if low:
                self.restocks += 1
                for k in low:
                    self.stock[k] += 30
                self.log.append(f"t={self.sim.now:7.2f} restocked {', '.join(low)}")


sim = Simulation(seed=31)
wh = Warehouse(sim)
sim.process(wh.customer(60))
sim.process(wh.restocker(40, 10))
sim.run(until=300)
print(f"simulated to t={sim.now}, {sim.steps} steps, {len(sim.queue)} events left")
for line in wh.log:
    print(" ", line)

done = [o for o in wh.orders if o.shipped is not None]
waits = [o.picked - o.created for o in done]
cycle = [o.shipped - o.created for o in done]
print(f"orders {len(wh.orders)}, shipped {len(done)}, backordered lines {sum(len(o.backordered) for o in wh.orders)}")
print(f"pick wait   mean {statistics.mean(waits):7.3f} median {statistics.median(waits):7.3f} max {max(waits):7.3f}")
print(f"cycle time  mean {statistics.mean(cycle):7.3f} stdev {statistics.stdev(cycle):7.3f} p95 {statistics.quantiles(cycle, n=20)[-1]:7.3f}")
for r in (wh.pickers, wh.dock):
    r._account()
    print(f"{r.name:<8} utilisation {r.busy_time / (sim.now * r.capacity):6.1%}  max queue {r.max_queue}")
print("stock left:", wh.stock, "restocks:", wh.restocks)
demand = defaultdict(int)
for o in wh.orders:
    for k, v in o.items.items():
        demand[k] += v
print("demand:", dict(sorted(demand.items(), key=lambda kv: -kv[1])))
hist = defaultdict(int)
for c in cycle:
    hist[int(c // 5) * 5] += 1
for lo in sorted(hist):
    print(f"  {lo:3d}-{lo + 5:<3d} {'*' * hist[lo]}")
slowest = max(done, key=lambda o: (o.shipped - o.created, o.oid))
print("slowest:", slowest)

bad = Simulation(1)
bad.process(x for x in [Timeout(1), "oops"])
try:
    bad.run(10)
except TypeError as exc:
    print("TypeError:", exc)


def audit(wh):
    problems = []
    for o in wh.orders:
        if o.shipped is not None and o.picked is not None and o.shipped < o.picked:
            problems.append(AssertionError(f"order {o.oid} shipped before picked"))
        if o.backordered:
            problems.append(LookupError(f"order {o.oid}: backordered {o.backordered}"))
    pending = [o.oid for o in wh.orders if o.shipped is None]
    if pending:
        problems.append(TimeoutError(f"{len(pending)} orders still open: {pending[:5]}"))
    if problems:
        raise ExceptionGroup("warehouse audit failed", problems[:3] + [ExceptionGroup("more", problems[3:5])] if len(problems) > 3 else problems)


try:
    audit(wh)
except* TimeoutError as eg:
    print("open orders:", [str(e) for e in eg.exceptions])
    raise
