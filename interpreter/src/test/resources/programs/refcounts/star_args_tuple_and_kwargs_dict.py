# What f(*args) and f(**kwargs) build: the callee's *args tuple and **kwargs
# dict are new objects, the items themselves are shared; refcounts of the
# items while the call runs and after it returns.
import sys

big = [0] * 100
name = "a-rather-long-key-name"

def collect(*args, **kwargs):
    print("  args type", type(args).__name__, "len", len(args))
    print("  big refs inside", sys.getrefcount(big))
    return args, kwargs

t = (big, big)
print("big before", sys.getrefcount(big))
a, k = collect(*t)
print("args is t", a is t, "args == t", a == t, "big after", sys.getrefcount(big))
del a, k
print("big after del", sys.getrefcount(big))

d = {"first": big, "second": big}
a, k = collect(**d)
print("kwargs is d", k is d, "kwargs == d", k == d, "big", sys.getrefcount(big))
k["third"] = 3
print("d unchanged", sorted(d))
del a, k

def passthrough(*args, **kwargs):
    return collect(*args, **kwargs)
a, k = passthrough(big, extra=big)
print("through two calls", len(a), sorted(k), sys.getrefcount(big))
del a, k
print("big end", sys.getrefcount(big))

def keyword_only(*, x):
    return sys.getrefcount(x)
print("keyword only arg", keyword_only(x=big), keyword_only(**{"x": big}))
print("empty *args is ()", collect()[0] is ())
