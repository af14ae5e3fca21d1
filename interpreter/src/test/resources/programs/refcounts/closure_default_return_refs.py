# references held by closures' cells, default arguments and returned locals
import sys
o = object()
def make():
    x = o
    def inner():
        return x
    return inner
f = make()
print(sys.getrefcount(o))
def g(a=o):
    return a
print(sys.getrefcount(o))
r = g()
print(sys.getrefcount(o))
del f
print(sys.getrefcount(o))
del g
print(sys.getrefcount(o))
def h():
    local = [o, o]
    return local
r2 = h()
print(sys.getrefcount(o))
