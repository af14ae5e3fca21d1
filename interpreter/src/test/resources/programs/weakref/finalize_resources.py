# weakref.finalize as a replacement for __del__: temporary files, sockets-like handles,
# the order finalizers run in, detach, peek and alive, and at exit.
import weakref

events = []

class Handle:
    counter = 0
    def __init__(self, name):
        Handle.counter += 1
        self.name = name
        self._fin = weakref.finalize(self, events.append, f"close {name}")

    def close(self):
        self._fin()

    @property
    def closed(self):
        return not self._fin.alive

h1 = Handle("a")
h2 = Handle("b")
h3 = Handle("c")
print("alive:", h1._fin.alive, h1.closed)
h1.close()
print("closed explicitly:", h1.closed, events)
h1.close()
print("second close does nothing:", events)
del h2
print("after del:", events)
info = h3._fin.peek()
print("peek:", info[0] is h3, info[1].__name__ if hasattr(info[1], "__name__") else info[1], info[2])
func, args = h3._fin.detach()[1:3]
print("detached:", h3._fin.alive, args)
del h3
print("after del detached:", events)

def report(name, *, code=0):
    print("exit finalizer", name, code)

class Service:
    pass

svc = Service()
f = weakref.finalize(svc, report, "svc", code=3)
print("atexit:", f.atexit)
other = Service()
g = weakref.finalize(other, report, "other")
g.atexit = False
print("end of script")
