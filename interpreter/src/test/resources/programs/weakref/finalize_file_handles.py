# weakref.finalize closing handles when their owners die: detach, peek, alive, and calling it early.
import weakref
import io

closed = []

class Handle:
    def __init__(self, name):
        self.name = name
        self.buf = io.StringIO()
        self._fin = weakref.finalize(self, Handle._close, name, self.buf)
    @staticmethod
    def _close(name, buf):
        closed.append(name)
        buf.close()
    def close(self):
        self._fin()
    @property
    def closed(self):
        return not self._fin.alive

h1 = Handle("h1")
h2 = Handle("h2")
h3 = Handle("h3")
h1.close()
print("explicit close", closed, h1.closed, h1.buf.closed)
print("calling again returns None", h1._fin())
del h2
print("owner dropped", closed)
fin = h3._fin
print("peek", fin.peek()[0] is h3, fin.peek()[1].__name__, fin.peek()[2][0])
det = fin.detach()
print("detached", det[0] is h3, fin.alive, fin.detach())
del h3
print("no close after detach", closed)
class Bad:
    pass
b = Bad()
f = weakref.finalize(b, print, "bye", "bad")
print("repr alive", "alive" in repr(f), f.atexit)
del b
print("repr dead", "dead" in repr(f))
