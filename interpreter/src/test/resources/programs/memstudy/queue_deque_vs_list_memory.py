# A performance engineer's comparison of a FIFO queue kept in a list (pop(0)) and in a deque
# (popleft) by memory: getsizeof at each phase of a fill/drain workload, the list keeping its
# over-allocation while it drains (list_resize shrinks only below half) against the deque freeing
# a block per 64 items, and the steady state of a bounded deque used as a ring buffer.
import collections
import sys


def phases(q, put, get, label):
    out = [sys.getsizeof(q)]
    for i in range(1000):
        put(i)
    out.append(sys.getsizeof(q))
    for _ in range(900):
        get()
    out.append(sys.getsizeof(q))
    for i in range(500):
        put(i)
        get()
    out.append(sys.getsizeof(q))
    while q:
        get()
    out.append(sys.getsizeof(q))
    print(f"{label:6} empty/full/drained 900/churn/empty: {out}")


lst = []
phases(lst, lst.append, lambda: lst.pop(0), "list")
dq = collections.deque()
phases(dq, dq.append, dq.popleft, "deque")

ring = collections.deque(maxlen=256)
seen = set()
for i in range(5000):
    ring.append(i)
    seen.add(sys.getsizeof(ring))
print("ring buffer of 256: sizes seen", sorted(seen))
print("ring holds", len(ring), ring[0], ring[-1])

per_item_list = (sys.getsizeof(list(range(6400))) - sys.getsizeof([])) / 6400
per_item_deque = (sys.getsizeof(collections.deque(range(6400))) - sys.getsizeof(collections.deque())) / 6400
print(f"bytes per item: list {per_item_list:.2f} deque {per_item_deque:.2f}")
