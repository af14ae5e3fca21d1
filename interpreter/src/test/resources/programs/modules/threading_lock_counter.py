# Four threads add to a shared counter under a Lock: no update is lost.
import threading

counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(10000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
