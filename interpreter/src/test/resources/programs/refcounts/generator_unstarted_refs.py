# What a generator holds before it starts, after close() or throw() on it, and what its frame borrows.
import gc
import sys

class Token:
    pass

def produce(item):
    yield item

t = Token()
base = sys.getrefcount(t)
g = produce(t)
print("held by the unstarted generator:", sys.getrefcount(t) - base, g.gi_frame is not None)
g.close()
print("after close():", sys.getrefcount(t) - base, g.gi_frame)
g2 = produce(t)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("throw into unstarted:", repr(e))
print("after throw:", sys.getrefcount(t) - base, g2.gi_frame)
try:
    next(g2)
except StopIteration:
    print("exhausted")

code = produce.__code__
c0 = sys.getrefcount(code)
g_base = sys.getrefcount(globals())
gens = [produce(i) for i in range(4)]
print("code refs per generator:", (sys.getrefcount(code) - c0) // 4)
print("globals not counted by generators:", sys.getrefcount(globals()) - g_base)
next(gens[0])
print("running one changes nothing:", (sys.getrefcount(code) - c0), sys.getrefcount(globals()) - g_base)
list(gens[1])
print("finished generator keeps only gi_code:", sys.getrefcount(code) - c0)
print("gi_code still there:", gens[1].gi_code is code)
print("referents of a fresh one:", [type(r).__name__ for r in gc.get_referents(gens[2])])
print("referents of a finished one:", [type(r).__name__ for r in gc.get_referents(gens[1])])
del gens
print("all dropped:", sys.getrefcount(code) - c0)

def cyc():
    def inner():
        yield me
    me = inner()
gc.collect()
cyc()
print("unstarted generator cycle closed by its finalizer:", gc.collect())
