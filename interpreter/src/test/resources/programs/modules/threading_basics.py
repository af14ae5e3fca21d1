# Threads run their target; join waits; results are collected in a shared list under a lock.
import threading

results = []
lock = threading.Lock()

def work(n):
    total = sum(range(n))
    with lock:
        results.append((n, total))

threads = [threading.Thread(target=work, args=(n,)) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], threading.current_thread().name)
print(threading.current_thread() is threading.main_thread(), threading.active_count())
