# From CPython's weakref tests: WeakMethod returns a fresh bound method while both the object and
# the function live; it dies with either, calls its callback once, makes no cycle, compares and
# hashes like a ref.
import gc
import weakref

class Object:
    def __init__(self, arg):
        self.arg = arg
    def some_method(self):
        return 4
    def other_method(self):
        return 5

o = Object(1)
r = weakref.WeakMethod(o.some_method)
print(isinstance(r, weakref.ReferenceType), type(r()).__name__, r().__self__ is o,
      r().__func__ is o.some_method.__func__, r()())

del o
print("object dead:", r())

class C(Object):
    def some_method(self):
        return 6

o = C(1)
r = weakref.WeakMethod(o.some_method)
del C.some_method
print("method dead:", r())

calls = []
o = Object(1)
r = weakref.WeakMethod(o.some_method, calls.append)
del o
print("callback:", len(calls), calls[0] is r if calls else None)

class D(Object):
    def some_method(self):
        return 6
calls.clear()
o = D(1)
r = weakref.WeakMethod(o.some_method, calls.append)
del D.some_method
print("callback after the function went:", len(calls))

o = Object(1)
w = weakref.WeakMethod(o.some_method)
gc.collect()
del o, w
print("no cycle: collect", gc.collect())
x = Object(1)
y = Object(1)
a = weakref.WeakMethod(x.some_method)
b = weakref.WeakMethod(y.some_method)
c = weakref.WeakMethod(x.other_method)
d = weakref.WeakMethod(x.some_method)
print(a == b, a == c, a == d, a != b, hash(a) == hash(d))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
