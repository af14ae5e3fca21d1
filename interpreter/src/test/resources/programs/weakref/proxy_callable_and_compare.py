# Proxies compare through their referent (hash refused), callable proxies call it, callbacks get the proxy.
import weakref

class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Money) and self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __hash__(self):
        return hash(self.v)
    def __call__(self, x):
        return self.v * x
    def __bool__(self):
        return self.v != 0
    def __int__(self):
        return self.v

m = Money(5)
p = weakref.proxy(m)
print(p == Money(5), p < Money(9), bool(p), p(3))
print(type(p).__name__, callable(p))
q = weakref.proxy(Money(1))
try:
    q.v
except ReferenceError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
r = weakref.proxy(m, lambda ref: print("callback got proxy:", type(ref).__name__))
print(weakref.getweakrefcount(m))
del m
print("done")
