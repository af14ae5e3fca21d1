# From CPython's weakref tests: a weakref to an instance, a function and a bound method returns the
# object while alive; each callback runs once when the object goes; all references are cleared
# before any callback runs; callback is positional only.
import weakref

cbcalled = 0
def callback(ref):
    global cbcalled
    cbcalled += 1

class C:
    def method(self):
        pass

def create_function():
    def f():
        pass
    return f

def create_bound_method():
    return C().method

for factory in (C, create_function, create_bound_method):
    o = factory()
    ref = weakref.ref(o)
    print(factory.__name__, ref() is o)
    cbcalled = 0
    ref = weakref.ref(o, callback)
    del o
    print("  callback calls:", cbcalled, "dead:", ref() is None)

o = C()
ref1 = weakref.ref(o, callback)
ref2 = weakref.ref(o, callback)
cbcalled = 0
del o
print("two callbacks:", cbcalled, ref1() is None, ref2() is None)

order = []
def cb_first(r):
    order.append(("first sees", ref_a(), ref_b()))
def cb_second(r):
    order.append(("second sees", ref_a(), ref_b()))
c = C()
ref_a = weakref.ref(c, cb_first)
ref_b = weakref.ref(c, cb_second)
del c
print(order)

try:
    weakref.ref(C(), callback=None)
except TypeError as e:
    print("TypeError:", e)
