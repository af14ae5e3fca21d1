# The same object named by a global, a local, a nonlocal cell and a default: each adds one.
import sys

g = []
print("global only", sys.getrefcount(g))

def use_local():
    x = g
    return sys.getrefcount(g)
print("local alias in call", use_local())

def use_arg(a):
    return sys.getrefcount(a)
print("argument", use_arg(g))

def make():
    c = g
    def inner():
        return c
    return inner
fn = make()
print("cell holds it", sys.getrefcount(g))
def dflt(x=g):
    return x
print("default holds it", sys.getrefcount(g))
del fn
print("closure gone", sys.getrefcount(g))
del dflt
print("default gone", sys.getrefcount(g))
glob_names = [k for k, v in list(globals().items()) if v is g]
print("names bound", glob_names)
h = g
print("second global", sys.getrefcount(g))
globals()["third"] = g
print("via globals()", sys.getrefcount(g))
del h, third
print("back", sys.getrefcount(g))
def gen():
    y = g
    yield sys.getrefcount(g)
    yield sys.getrefcount(g)
it = gen()
print("generator frame local", next(it), "after yield", sys.getrefcount(g))
del it
print("generator gone", sys.getrefcount(g))
