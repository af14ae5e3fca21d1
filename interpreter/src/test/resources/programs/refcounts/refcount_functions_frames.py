# getrefcount inside functions: parameters, defaults, *args, **kwargs, generators and closures holding objects.
import sys

class Obj:
    pass

o = Obj()
base = sys.getrefcount(o)

def positional(a):
    return sys.getrefcount(o) - base

def star(*args):
    return sys.getrefcount(o) - base

def kw(**kwargs):
    return sys.getrefcount(o) - base

def default(a=o):
    return sys.getrefcount(o) - base

print("default holds", sys.getrefcount(o) - base)
print("positional", positional(o))
print("star", star(o, o))
print("kwargs", kw(x=o))
print("default used", default())

def gen(x):
    yield sys.getrefcount(o) - base
    yield sys.getrefcount(o) - base

g = gen(o)
print("generator created", sys.getrefcount(o) - base)
print("generator first", next(g))
print("generator second", next(g))
del g
print("generator gone", sys.getrefcount(o) - base)

def outer(x):
    def inner():
        return x
    return inner

f = outer(o)
print("closure", sys.getrefcount(o) - base)
del f
lam = lambda: o
print("lambda global ref", sys.getrefcount(o) - base)
def method_holder():
    bound = o.__eq__
    return sys.getrefcount(o) - base
print("bound method-wrapper", method_holder())
print("end", sys.getrefcount(o) - base)
