# RLock can be re-acquired by its owner; Event lets one thread wait for another.
import threading

rl = threading.RLock()
with rl:
    with rl:
        print("re-entered the RLock")
ready = threading.Event()
done = threading.Event()
log = []

def waiter():
    ready.wait()
    log.append("waiter saw the event")
    done.set()

t = threading.Thread(target=waiter)
t.start()
log.append("main sets the event")
ready.set()
print(done.wait(timeout=10), ready.is_set())
t.join()
print(log)
ready.clear()
print(ready.is_set(), ready.wait(timeout=0.01))
