# functools.partial, bound methods and lambdas as hidden owners: refcounts, referents,
# and what gets freed when the callable is dropped.
import functools
import gc
import sys
import weakref

class Service:
    def __init__(self, name):
        self.name = name
    def call(self, x, y=0):
        return f"{self.name}:{x + y}"

svc = Service("svc")
base = sys.getrefcount(svc)
p = functools.partial(svc.call, 1)
print("partial holds the bound method:", sys.getrefcount(svc) - base)
print(p(), p(y=5), p.func.__self__ is svc, p.args, p.keywords)
p2 = functools.partial(p, y=2)
print("partial of partial flattens:", p2.func is p.func, p2.args, p2.keywords, p2())
print("refs now:", sys.getrefcount(svc) - base)
del p, p2
print("dropped:", sys.getrefcount(svc) - base)

m1 = svc.call
m2 = svc.call
print("bound methods are new each time:", m1 is m2, m1 == m2, m1.__func__ is m2.__func__)
print("refs with two bound methods:", sys.getrefcount(svc) - base)
del m1, m2
lam = lambda: svc.call(2)
print("lambda over a global adds none:", sys.getrefcount(svc) - base, lam())
def make(s):
    return lambda: s.call(3)
lam2 = make(svc)
print("lambda over a cell adds one:", sys.getrefcount(svc) - base, lam2())
del lam2
w = weakref.ref(svc)
handlers = [functools.partial(Service.call, svc, 10)]
del svc
print("alive through an unbound partial:", w() is not None, handlers[0]())
print("referents:", sorted(type(r).__name__ for r in gc.get_referents(handlers[0])))
handlers.clear()
print("alive after clear:", w() is not None)
print(repr(functools.partial(max, 1, key=None)))
