# *args packs the arguments into a tuple and **kwargs into a dict; each holds one reference.
import sys

class Thing:
    pass

def star(*args):
    return sys.getrefcount(args[0])

def stars(*args, **kwargs):
    return sys.getrefcount(kwargs["k"])

def both(a, *rest):
    return sys.getrefcount(a), sys.getrefcount(rest[0])

t = Thing()
u = Thing()
print("star(t):", star(t))
print("star(t, t, t):", star(t, t, t))
print("stars(k=t):", stars(k=t))
print("both(t, u):", both(t, u))
args = (t,)
print("star(*args) with a global tuple:", star(*args))
print("end (t is still in args):", sys.getrefcount(t), sys.getrefcount(u))
