# atexit.register keeps the function and its arguments alive until the interpreter exits.
import atexit
import sys
import weakref

class Buffer:
    def __init__(self, name):
        self.name = name
        self.lines = []
    def flush(self, tag):
        print("flush", self.name, tag, len(self.lines))
    def __del__(self):
        print("del", self.name)

b = Buffer("log")
b.lines.extend(range(5))
w = weakref.ref(b)
atexit.register(b.flush, "at-exit")
print("registered; refcount", sys.getrefcount(b))
del b
print("deleted name; still alive:", w() is not None)

tmp = Buffer("tmp")
atexit.register(tmp.flush, "never")
atexit.unregister(tmp.flush)
print("unregistered; refcount", sys.getrefcount(tmp))
del tmp
print("tmp freed")

def goodbye(name, *, punct="!"):
    print("goodbye", name + punct)

atexit.register(goodbye, "world", punct="?")
atexit.register(goodbye, "first")
print("end of module")
