# WeakMethod: a weak reference to a bound method that dies with its instance, not with the method.
import weakref
import gc

class Handler:
    def __init__(self, name):
        self.name = name
    def on_event(self, value):
        return f"{self.name} got {value}"

h = Handler("h1")
plain = weakref.ref(h.on_event)
print("plain ref to bound method dead at once:", plain() is None)
wm = weakref.WeakMethod(h.on_event)
m = wm()
print("WeakMethod call:", m(42))
print("new bound method each time:", wm() is not wm(), wm() == wm())
del m
dead = []
wm2 = weakref.WeakMethod(h.on_event, lambda r: dead.append("callback"))
del h
gc.collect()
print("after instance deleted:", wm(), dead)

h2 = Handler("h2")
a = weakref.WeakMethod(h2.on_event)
b = weakref.WeakMethod(h2.on_event)
print("equal while alive:", a == b, hash(a) == hash(b))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(Handler.on_event)
except TypeError as e:
    print("TypeError:", e)
del h2
print("equal when dead:", a == b, a == a)

class Bus:
    def __init__(self):
        self.subs = []
    def subscribe(self, method):
        self.subs.append(weakref.WeakMethod(method))
    def publish(self, value):
        out = []
        for r in self.subs:
            m = r()
            if m is not None:
                out.append(m(value))
        return out

bus = Bus()
x, y = Handler("x"), Handler("y")
bus.subscribe(x.on_event)
bus.subscribe(y.on_event)
print(bus.publish(1))
del x
print(bus.publish(2))
