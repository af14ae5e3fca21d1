# _thread directly: threads under the GIL, locks whose blocking acquire gives the GIL up, sentinels.
import _thread
import time

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked(), type(lock).__name__, _thread.LockType is type(lock), _thread.error is RuntimeError)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in [lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -5), lambda: _thread.start_new_thread(1, ()),
            lambda: _thread.start_new_thread(print, []), lambda: _thread.start_new_thread(print, (), 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

done = _thread.allocate_lock()
done.acquire()
results = []
counter_lock = _thread.allocate_lock()
counter = [0]

def work(n, step=1):
    for i in range(n):
        with counter_lock:
            counter[0] += step
    results.append(_thread.get_ident() != main)
    if len(results) == 3:
        done.release()

main = _thread.get_ident()
for k in range(3):
    _thread.start_new_thread(work, (2000,), {"step": 2})
print(done.acquire(True, 30), counter[0], results)

ready = _thread.allocate_lock()
ready.acquire()
box = []
go = _thread.allocate_lock()
go.acquire()
def with_sentinel():
    box.append(_thread._set_sentinel())
    ready.release()
    go.acquire()  # until the main thread holds the sentinel, as a Thread object does
_thread.start_new_thread(with_sentinel, ())
ready.acquire()
print(box[0].locked())
box[0].acquire()
go.release()
print(box[0].acquire(True, 30), box[0].locked(), isinstance(_thread.get_ident(), int), _thread.TIMEOUT_MAX > 1e6)

def fails():
    raise ValueError("boom in thread")
while _thread._count():
    time.sleep(0.01)
_thread.start_new_thread(fails, ())
while _thread._count():  # the count drops after the thread's error was reported
    time.sleep(0.01)
loc = _thread._local()
loc.x = 1
seen = []
def look():
    seen.append(hasattr(loc, "x"))
    loc.x = 2
    seen.append(loc.x)
    ready.release()
_thread.start_new_thread(look, ())
ready.acquire()
print(seen, loc.x)
