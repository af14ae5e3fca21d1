# A lock's acquire takes blocking and timeout by position or by name; a timeout on a held lock
# gives up (False), and a non-blocking call refuses a timeout.
import _thread

lock = _thread.allocate_lock()
print(lock.acquire(True, 0.1), lock.acquire(timeout=0.01), lock.acquire(blocking=False), lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
lock.release()
print(lock.acquire(blocking=True, timeout=0.5), lock.locked())
