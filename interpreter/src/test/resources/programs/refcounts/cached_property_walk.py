# Refcounts through property, functools.cached_property and a hand-written memoizing descriptor.
import sys
import functools

class Big:
    def __init__(self, n):
        self.n = n

class Report:
    def __init__(self):
        self.calls = 0
    @property
    def fresh(self):
        self.calls += 1
        return Big(self.calls)
    @functools.cached_property
    def cached(self):
        self.calls += 1
        return Big(100)

r = Report()
a = r.fresh
print("property result refs", sys.getrefcount(a), r.calls)
b = r.fresh
print("property is new each time", a is b, r.calls)
c = r.cached
print("cached refs (local + __dict__)", sys.getrefcount(c), r.calls, "cached" in r.__dict__)
print("cached same", r.cached is c, r.calls)
del r.__dict__["cached"]
print("after invalidation", sys.getrefcount(c))
d = r.cached
print("recomputed", d is c, r.calls)
del r
print("owner gone", sys.getrefcount(d))

class memo:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.name, value)
        return value

class Lazy:
    @memo
    def data(self):
        return [0] * 10

lz = Lazy()
v = lz.data
print("memo descriptor", sys.getrefcount(v), type(Lazy.__dict__["data"]).__name__, lz.data is v)
print("class attr refcount of memo", sys.getrefcount(Lazy.__dict__["data"]))
print("cached_property attrname", Report.__dict__["cached"].attrname)
