# Attribute loads and stores at one site, run many times while the class, the instance and its
# type change under them: each change must be seen at once (the inline caches must not go stale).
import sys


class A:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m"


class B:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def m(self):
        return "B.m"


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


a = A(1)
for i in range(100):
    set_x(a, i)
    assert get_x(a) == i
print("loop", get_x(a), call_m(a))

# a class attribute replaced between calls
A.m = lambda self: "new A.m"
print("method replaced:", call_m(a))
del A.m
try:
    call_m(a)
except AttributeError as e:
    print("method deleted:", e)
A.m = lambda self: "again"
print(call_m(a))

# an instance attribute that shadows the method
a.m = lambda: "instance m"
print("shadowed:", call_m(a))
del a.m
print("unshadowed:", call_m(a))

# a property added to the class takes over the instance value
A.x = property(lambda self: "property x", lambda self, v: print("setter got", v))
print("property:", get_x(a))
set_x(a, 5)
del A.x
print("property gone:", get_x(a))

# __slots__ and dict instances alternating at one site
objs = [A(10), B(20), A(30), B(40)]
for _ in range(60):
    total = 0
    for o in objs:
        total += get_x(o)
        set_x(o, get_x(o))
print("alternating:", total, [call_m(o) for o in objs])

# an attribute deleted from the instance
a3 = A(3)
for i in range(60):
    get_x(a3)
del a3.x
try:
    get_x(a3)
except AttributeError as e:
    print("deleted:", e)
set_x(a3, 99)
print("set again:", get_x(a3))

# the instance's dict materialized
a4 = A(4)
for i in range(60):
    get_x(a4)
vars(a4)["x"] = "through __dict__"
print("via dict:", get_x(a4))
a4.__dict__ = {"x": "new dict"}
print("dict replaced:", get_x(a4))

# many subclasses made in the loop: each a new type at the site
for i in range(5):
    D = type("D", (A,), {"m": lambda self, i=i: "D%d" % i})
    print(call_m(D(i)), get_x(D(i)))

# __getattr__ and __setattr__ added later
A.__getattr__ = lambda self, name: "getattr " + name
a5 = A(5)
del a5.x
print(get_x(a5))
A.__setattr__ = lambda self, name, v: print("__setattr__", name, v)
set_x(a5, 6)
del A.__setattr__, A.__getattr__
set_x(a5, 7)
print(get_x(a5))

# the reference counts of a cached value are those of the uncached one
o = A([])
counts = set()
for i in range(100):
    counts.add(sys.getrefcount(get_x(o)))
print("refcounts:", counts)
