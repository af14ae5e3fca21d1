# Weakref-based caches and observers: a WeakValueDictionary object cache keyed by id,
# an observer registry of WeakMethods, and a WeakSet of live instances.
import weakref

class Texture:
    _cache = weakref.WeakValueDictionary()
    loads = 0
    def __new__(cls, path):
        tex = cls._cache.get(path)
        if tex is None:
            tex = super().__new__(cls)
            tex.path = path
            cls.loads += 1
            cls._cache[path] = tex
        return tex

a = Texture("grass.png")
b = Texture("grass.png")
c = Texture("stone.png")
print(a is b, Texture.loads, sorted(Texture._cache))
del a, b
print(sorted(Texture._cache))
del c
print(sorted(Texture._cache), len(Texture._cache))

class Signal:
    def __init__(self):
        self._slots = []
    def connect(self, method):
        self._slots.append(weakref.WeakMethod(method, self._slots.remove))
    def emit(self, value):
        return [ref()(value) for ref in list(self._slots)]

class Listener:
    def __init__(self, name):
        self.name = name
    def on(self, value):
        return f"{self.name} got {value}"

sig = Signal()
l1, l2 = Listener("one"), Listener("two")
sig.connect(l1.on)
sig.connect(l2.on)
print(sig.emit(1))
del l1
print(sig.emit(2), len(sig._slots))

class Tracked:
    live = weakref.WeakSet()
    def __init__(self):
        Tracked.live.add(self)

items = [Tracked() for _ in range(5)]
print("live", len(Tracked.live))
del items[1:3]
print("live", len(Tracked.live))
items.clear()
print("live", len(Tracked.live))

class Meta:
    data = weakref.WeakKeyDictionary()
key1 = Listener("k")
Meta.data[key1] = {"hits": 1}
print(len(Meta.data), Meta.data[key1])
del key1
print(len(Meta.data))
