# threading.Semaphore and BoundedSemaphore: counts, non-blocking and timed acquires, release(n),
# the ValueErrors, and a semaphore limiting how many threads are inside at once.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s._value, s.acquire(False))
s.release(2)
print(s._value)
try:
    s.release(0)
except ValueError as e:
    print("release(0):", e)
for bad in (-1,):
    try:
        threading.Semaphore(bad)
    except ValueError as e:
        print("Semaphore(-1):", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("acquire(False, 1):", e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("BoundedSemaphore:", type(e).__name__, e)
print(b._value, b._initial_value)
b.acquire(); b.acquire()
b.release(2)
try:
    b.release(1)
except ValueError as e:
    print("again:", e)

limit = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
most = 0
def work():
    global inside, most
    with limit:
        with lock:
            inside += 1
            most = max(most, inside)
        for _ in range(2000):
            pass
        with lock:
            inside -= 1
ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("at most inside:", most <= 2, inside)
print(isinstance(b, threading.Semaphore), threading.BoundedSemaphore.__mro__[1].__name__)
