# references while a call runs: positional, keyword, *args, **kwargs
import sys
o = object()
def pos(a):
    return sys.getrefcount(o)
def kw(*, a):
    return sys.getrefcount(o)
def star(*args):
    return sys.getrefcount(o)
def dstar(**kw):
    return sys.getrefcount(o)
print(sys.getrefcount(o), pos(o), kw(a=o), star(o, o), dstar(x=o))
l = [o]
print(star(*l), dstar(**{"y": o}))
m = [].append
print(sys.getrefcount(o))
