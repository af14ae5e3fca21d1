# threading.Timer: runs its function once after the interval with args/kwargs; cancel() before it
# fires stops it; it is a Thread (name, daemon, join) with a `finished` Event.
import threading

out = []
t = threading.Timer(0.01, lambda a, b=0: out.append((a, b)), args=(1,), kwargs={"b": 2})
print(isinstance(t, threading.Thread), t.interval, t.finished.is_set())
t.start()
t.join()
print(out, t.finished.is_set(), t.is_alive())

c = threading.Timer(10, out.append, args=("never",))
c.start()
c.cancel()
c.join()
print(out, c.finished.is_set())

d = threading.Timer(0, out.append, ["zero"])
d.name = "my-timer"
d.daemon = True
d.start()
d.join()
print(out, d.name, d.daemon)
print(threading.Timer(1, print).name.startswith("Thread-"))
