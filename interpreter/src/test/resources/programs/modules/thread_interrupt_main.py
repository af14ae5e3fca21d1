# _thread.interrupt_main() from a worker: the KeyboardInterrupt is raised in the main thread (CPython
# handles signals there only), never in the worker that holds the GIL when it is requested.
import _thread
import threading

log = []


def worker():
    _thread.interrupt_main()
    total = 0
    for i in range(200000):
        total += i
    log.append("worker done %d" % total)


t = threading.Thread(target=worker)
try:
    t.start()  # the interrupt may come while start() waits for the worker, or in the loop: main either way
    while True:
        pass
except KeyboardInterrupt as e:
    log.append("main interrupted: %r" % (e,))
t.join()
print(sorted(log))
