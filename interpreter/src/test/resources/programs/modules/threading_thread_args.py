# threading.Thread's constructor: name=, daemon=, args/kwargs, target=None, subclasses overriding
# run(), the generated names with the target's name, join(timeout), is_alive, start twice.
import threading

def target(a, b, *, c):
    print("target", a, b, c, threading.current_thread().name)

t = threading.Thread(target=target, args=(1, 2), kwargs={"c": 3}, name="worker")
print(t.name, t.daemon, t.is_alive(), t.ident)
t.start()
t.join()
print(t.is_alive(), t.ident is not None, t.native_id is not None)
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, d.name.endswith("(<lambda>)"))
d.start(); d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("daemon after start:", e)

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"w{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 10
w = Worker(4)
w.start(); w.join()
print(w.name, w.result)

ev = threading.Event()
s = threading.Thread(target=ev.wait)
s.start()
s.join(timeout=0.01)
print("alive after join(timeout):", s.is_alive())
ev.set()
s.join()
print("alive after set:", s.is_alive())
try:
    threading.Thread().join()
except RuntimeError as e:
    print("join unstarted:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)
n = threading.Thread(target=None)
n.start(); n.join()
print("no target ok")
print(threading.Thread(name=5).name, repr(threading.Thread(name="x", daemon=True)).startswith("<Thread(x, initial daemon)>"))
