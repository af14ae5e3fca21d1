# threading.Condition: wait/notify hand items from a producer to consumers; notify(n) wakes at most n
# waiters, notify_all wakes the rest; wait_for returns the predicate's value; errors without the lock.
import threading

cond = threading.Condition()
items = []
got = []

def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        got.append((name, items.pop(0)))

ts = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in ts:
    t.start()

def waiting(n):
    # wait until n threads wait on the condition (its waiter list, as CPython keeps it)
    while True:
        with cond:
            if len(cond._waiters) == n:
                return

waiting(3)
with cond:
    items.append(1)
    cond.notify()
waiting(2)
with cond:
    items.extend([2, 3])
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(v for _, v in got), len({n for n, _ in got}))

with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: 0, timeout=0.01))
    print("wait_for true:", cond.wait_for(lambda: "yes"))
    print("notify nobody:", cond.notify(), cond.notify_all())

for op in (cond.wait, cond.notify, cond.notify_all):
    try:
        op()
    except RuntimeError as e:
        print(op.__name__, "->", type(e).__name__, e)

rlock = threading.RLock()
c2 = threading.Condition(rlock)
with c2:
    with c2:
        print("nested:", c2.wait(0.001), rlock._is_owned())
print("after:", rlock._is_owned())
c3 = threading.Condition(threading.Lock())
with c3:
    print("plain lock wait:", c3.wait(0))
print(type(cond._lock).__name__, type(c3._lock).__name__)
