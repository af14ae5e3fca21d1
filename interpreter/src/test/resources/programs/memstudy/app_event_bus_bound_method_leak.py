# An event bus whose subscribers are bound methods: the bus keeps every widget alive until
# it is unsubscribed; the same bus on weakref.WeakMethod lets widgets die and prunes the dead
# entries at the next publish.
import gc
import sys
import weakref


class StrongBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, topic, handler):
        self.handlers.setdefault(topic, []).append(handler)

    def publish(self, topic, payload):
        return [h(payload) for h in self.handlers.get(topic, [])]


class WeakBus(StrongBus):
    def subscribe(self, topic, handler):
        self.handlers.setdefault(topic, []).append(weakref.WeakMethod(handler))

    def publish(self, topic, payload):
        results, alive = [], []
        for ref in self.handlers.get(topic, []):
            h = ref()
            if h is not None:
                results.append(h(payload))
                alive.append(ref)
        self.handlers[topic] = alive
        return results


class Widget:
    live = 0

    def __init__(self, name):
        self.name = name
        Widget.live += 1

    def on_save(self, payload):
        return f"{self.name} saw {payload}"

    def __del__(self):
        Widget.live -= 1
        print("  widget", self.name, "freed")


for bus_class in (StrongBus, WeakBus):
    print(bus_class.__name__)
    bus = bus_class()
    widgets = [Widget(f"w{i}") for i in range(3)]
    for w in widgets:
        bus.subscribe("save", w.on_save)
    print("  refcount of w0:", sys.getrefcount(widgets[0]))
    print(" ", bus.publish("save", 1))
    del w
    widgets.pop(1)
    print("  live after dropping w1:", Widget.live)
    print(" ", bus.publish("save", 2))
    print("  entries:", len(bus.handlers["save"]))
    widgets.clear()
    print("  live after clearing:", Widget.live, "collected", gc.collect())
    del bus
    print("  live after dropping the bus:", Widget.live)
