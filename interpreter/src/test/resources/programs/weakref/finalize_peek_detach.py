# weakref.finalize: peek, detach, call and alive
import weakref
class O:
    pass
o = O()
f = weakref.finalize(o, print, "finalized", 1)
print(f.alive, f.peek()[1:], f.atexit)
print(f.detach()[1:], f.alive, f())
g = weakref.finalize(o, lambda: print("g ran"))
print(g(), g.alive, g())
h = weakref.finalize(o, print, "h")
del o
print(h.alive)
