# weakref.proxy forwarding and ReferenceError, callbacks with their argument, WeakMethod for bound methods.
import weakref

class Listener:
    def __init__(self, name):
        self.name = name
    def notify(self, event):
        return f"{self.name} got {event}"
    def __len__(self):
        return 3

def on_death(ref):
    print("callback with a dead ref:", ref() is None, type(ref).__name__)

a = Listener("a")
p = weakref.proxy(a, on_death)
print(p.name, p.notify("ping"), len(p), type(p).__name__)
r = weakref.ref(a, on_death)
wm = weakref.WeakMethod(a.notify)
print(wm()("start"), weakref.getweakrefcount(a))
del a
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
print(wm(), r())
class Bus:
    def __init__(self):
        self.subs = []
    def subscribe(self, method):
        self.subs.append(weakref.WeakMethod(method, self.cleanup))
    def cleanup(self, ref):
        print("cleaning a dead subscriber")
        self.subs.remove(ref)
    def publish(self, event):
        return [m()(event) for m in self.subs if m() is not None]
bus = Bus()
x, y = Listener("x"), Listener("y")
bus.subscribe(x.notify)
bus.subscribe(y.notify)
print(bus.publish("e1"))
del x
print(bus.publish("e2"), len(bus.subs))
r1 = weakref.ref(y)
r2 = weakref.ref(y)
print(r1 is r2, r1 == r2, hash(r1) == hash(y))
r3 = weakref.ref(y, lambda r: None)
print(r3 is r1, weakref.getweakrefcount(y), len(weakref.getweakrefs(y)))
del y
print(r1() is None, r3() is None)
