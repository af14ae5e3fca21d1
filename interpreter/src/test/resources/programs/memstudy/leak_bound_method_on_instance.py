# collectors: generational marksweep
# A bound method stored on its own instance makes a cycle; the object waits for the collector.
import gc
import weakref

class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.default_handler
    def default_handler(self):
        return self.label
    def __del__(self):
        print("Button freed", self.label)

gc.disable()
b = Button("ok")
w = weakref.ref(b)
print("cycle:", b.on_click.__self__ is b)
del b
print("alive after del:", w() is not None)
print("gc.collect:", gc.collect())
print("alive after collect:", w() is not None)

class Safe:
    def __init__(self, label):
        self.label = label
        self._handler = weakref.WeakMethod(self.default_handler)
    def default_handler(self):
        return self.label
    def click(self):
        return self._handler()()
    def __del__(self):
        print("Safe freed", self.label)

s = Safe("cancel")
print(s.click())
del s
print("freed without the collector")
gc.enable()
