# threading.Barrier: parties, the indices wait() returns, the action run once per round, n_waiting,
# abort() and reset() breaking the barrier (BrokenBarrierError), a wait that times out.
import threading

rounds = []
b = threading.Barrier(3, action=lambda: rounds.append("action"))
print(b.parties, b.n_waiting, b.broken)
got = []
lock = threading.Lock()
def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            got.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got), rounds)

b2 = threading.Barrier(2)
errors = []
def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)
t = threading.Thread(target=waiter)
t.start()
while b2.n_waiting != 1:
    pass
b2.abort()
t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken:", repr(e))
b2.reset()
print("after reset:", b2.broken, b2.n_waiting)

b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b3.broken)
b4 = threading.Barrier(1)
print("one party:", b4.wait(), b4.wait(timeout=1))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print(e)
def bad_action():
    raise KeyError("in action")
b5 = threading.Barrier(1, action=bad_action)
try:
    b5.wait()
except KeyError as e:
    print("action raised", e, b5.broken)
