# An event bus storing handlers weakly: WeakMethod for bound methods, ref for functions,
# finalize to unsubscribe, and what happens to lambdas and partials.
import weakref
import functools

class Bus:
    def __init__(self):
        self._subs = {}
    def subscribe(self, event, handler):
        if hasattr(handler, "__self__") and handler.__self__ is not None and not isinstance(handler.__self__, type):
            ref = weakref.WeakMethod(handler)
        else:
            ref = weakref.ref(handler)
        self._subs.setdefault(event, []).append(ref)
    def publish(self, event, payload):
        out = []
        alive = []
        for ref in self._subs.get(event, []):
            h = ref()
            if h is None:
                continue
            alive.append(ref)
            out.append(h(payload))
        self._subs[event] = alive
        return out

class Panel:
    def __init__(self, name):
        self.name = name
    def on_update(self, payload):
        return f"{self.name}:{payload}"

def log_update(payload):
    return f"log:{payload}"

bus = Bus()
p1, p2 = Panel("p1"), Panel("p2")
bus.subscribe("update", p1.on_update)
bus.subscribe("update", p2.on_update)
bus.subscribe("update", log_update)
print(bus.publish("update", 1))
del p1
print(bus.publish("update", 2))
bus.subscribe("update", lambda p: f"lambda:{p}")
print("lambda dies at once:", bus.publish("update", 3))
part = functools.partial(log_update)
bus.subscribe("update", part)
print("partial kept by the caller:", bus.publish("update", 4))
del part
print(bus.publish("update", 5))
wm = weakref.WeakMethod(p2.on_update)
print("WeakMethod equality:", wm == weakref.WeakMethod(p2.on_update), hash(wm) == hash(weakref.WeakMethod(p2.on_update)))
try:
    weakref.WeakMethod(log_update)
except TypeError as e:
    print("TypeError:", e)
del log_update
print(bus.publish("update", 6), len(bus._subs["update"]))
