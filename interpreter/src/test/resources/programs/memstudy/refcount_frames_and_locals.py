# References held by frames: arguments, locals, a suspended generator's locals, frame objects.
import sys

class Token:
    pass

t = Token()
base = sys.getrefcount(t)

def callee(x):
    return sys.getrefcount(x) - base

def callee_local(x):
    y = x
    z = x
    return sys.getrefcount(x) - base

print("in callee:", callee(t))
print("with two more locals:", callee_local(t))

def gen(x):
    held = x
    yield sys.getrefcount(x) - base
    yield "second"

g = gen(t)
print("generator created:", sys.getrefcount(t) - base)
print("inside generator:", next(g))
print("suspended generator:", sys.getrefcount(t) - base)
next(g)
g.close()
print("closed generator:", sys.getrefcount(t) - base)
del g
print("generator dropped:", sys.getrefcount(t) - base)

def keep_frame(x):
    return sys._getframe()

fr = keep_frame(t)
print("frame object kept:", sys.getrefcount(t) - base, "f_locals has x:", "x" in fr.f_locals)
fr.clear()
print("frame cleared:", sys.getrefcount(t) - base)
del fr

def nested(x, depth):
    if depth == 0:
        return sys.getrefcount(x) - base
    return nested(x, depth - 1)

print("nested depth 5:", nested(t, 5))
lam = lambda x: sys.getrefcount(x) - base
print("lambda:", lam(t))
print("map:", list(map(lambda x: sys.getrefcount(x) - base, [t])))
print("comprehension:", [sys.getrefcount(x) - base for x in (t,)])
