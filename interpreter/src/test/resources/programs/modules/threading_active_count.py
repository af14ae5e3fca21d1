# active_count counts the live threads: the main thread plus those started and not yet finished.
import threading

go = threading.Event()
started = threading.Barrier(4)

def hold():
    started.wait()
    go.wait()

threads = [threading.Thread(target=hold) for _ in range(3)]
print(threading.active_count())
for t in threads:
    t.start()
started.wait()
print(threading.active_count(), len(threading.enumerate()))
go.set()
for t in threads:
    t.join()
print(threading.active_count())
