# An object registry built on weakref callbacks, with cycles that only the
# collector frees: entries disappear when the cycle is collected.
# refcount: expect registry_with_callbacks_and_gc.refcount.out
import gc
import weakref

class Registry:
    def __init__(self):
        self._items = {}
        self.removed = []
    def add(self, key, obj):
        def gone(ref, key=key, removed=self.removed):
            removed.append(key)
        self._items[key] = weakref.ref(obj, gone)
    def live(self):
        return sorted(k for k, r in self._items.items() if r() is not None)

class Widget:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []

reg = Registry()
gc.collect()
gc.disable()
root = Widget("root")
for i in range(3):
    child = Widget(f"child{i}")
    child.parent = root
    root.children.append(child)
    reg.add(child.name, child)
reg.add("root", root)
lone = Widget("lone")
reg.add("lone", lone)
del child
print("live:", reg.live())
del lone
print("after del lone:", reg.live(), reg.removed)
del root
print("after del root:", reg.live(), sorted(reg.removed))
print("collected:", gc.collect())
print("after collect:", reg.live(), sorted(reg.removed))
gc.enable()
