# threading.Event: wait() returns the flag (True at once when set, False after a timeout), clear(),
# is_set(), and a thread released by set().
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=0.001))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.clear()
print(e.is_set(), e.wait(0.001))
results = []
def waiter():
    results.append(e.wait(10))
t = threading.Thread(target=waiter)
t.start()
e.set()
t.join()
print(results)
print(repr(e).startswith("<threading.Event at 0x"), repr(e).endswith(": set>"))
e.clear()
print(repr(e).endswith(": unset>"))
