# weakref.finalize for clean-up, and proxies that outlive their referent.
import weakref

class TempFile:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, print, "removing", name)
    def close(self):
        self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive

t = TempFile("data.tmp")
print("alive:", not t.closed)
t.close()
print("closed:", t.closed)
t.close()
del t
u = TempFile("other.tmp")
print("deleting u")
del u

class Obj:
    value = 10
    def method(self):
        return "called"

o = Obj()
p = weakref.proxy(o)
print("proxy attribute:", p.value, p.method())
print("type(p):", type(p).__name__)
print("isinstance(p, Obj):", isinstance(p, Obj))
del o
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError on str:", e)

def f():
    return 1

fp = weakref.proxy(f)
print("callable proxy:", fp(), type(fp).__name__)
fz = weakref.finalize(Obj(), print, "never printed twice")
print("finalize detached alive:", fz.alive)
g = Obj()
fin = weakref.finalize(g, lambda: print("finalized g"))
print("peek:", fin.peek()[0] is g)
print("detach returns:", fin.detach()[0] is g)
del g
print("end")
