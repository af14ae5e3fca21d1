# "Why is my memory not freed?": an event bus that stores bound methods
# keeps every subscriber alive; storing weakref.WeakMethod lets them go;
# unsubscribing by equality works because bound methods compare by their
# instance and function, not by identity.
import weakref

class Bus:
    def __init__(self):
        self.handlers = []
    def subscribe(self, handler):
        self.handlers.append(handler)
    def unsubscribe(self, handler):
        self.handlers.remove(handler)
    def publish(self, event):
        return [h(event) for h in self.handlers]

class WeakBus(Bus):
    def subscribe(self, handler):
        self.handlers.append(weakref.WeakMethod(handler))
    def publish(self, event):
        live = [r() for r in self.handlers]
        self.handlers = [r for r, h in zip(self.handlers, live) if h is not None]
        return [h(event) for h in live if h is not None]

class Widget:
    count = 0
    def __init__(self, name):
        self.name = name
        Widget.count += 1
    def on_event(self, event):
        return f"{self.name}:{event}"
    def __del__(self):
        Widget.count -= 1

bus = Bus()
w1, w2 = Widget("a"), Widget("b")
bus.subscribe(w1.on_event)
bus.subscribe(w2.on_event)
print("bound methods equal but not identical:", w1.on_event == w1.on_event, w1.on_event is w1.on_event)
del w1, w2
print("strong bus keeps them:", Widget.count, bus.publish("ping"))
bus.unsubscribe(bus.handlers[0].__self__.on_event)
print("unsubscribed by equality:", bus.publish("pong"), Widget.count)
bus.handlers.clear()
print("cleared:", Widget.count)

weak = WeakBus()
w3, w4 = Widget("c"), Widget("d")
weak.subscribe(w3.on_event)
weak.subscribe(w4.on_event)
print("weak bus:", weak.publish("x"), Widget.count)
del w3
print("after del w3:", weak.publish("y"), Widget.count, len(weak.handlers))
try:
    weakref.ref(w4.on_event)().__self__
except AttributeError as e:
    print("plain ref to a bound method dies at once:", type(e).__name__)
weak.handlers.clear()
del w4
print("all gone before exit:", Widget.count)
