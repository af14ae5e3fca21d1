# collectors: generational marksweep
# A plugin registry filled by __init_subclass__ keeps classes alive; a WeakSet registry lets them go.
import gc
import weakref

class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls)

def make(n):
    return type(f"P{n}", (Plugin,), {})

for i in range(3):
    make(i)
gc.collect()
print("strong registry:", [c.__name__ for c in Plugin.registry])
print("subclasses:", sorted(c.__name__ for c in Plugin.__subclasses__()))
Plugin.registry.clear()
print("cleared; collected", gc.collect() > 0)
print("subclasses after:", Plugin.__subclasses__())

class WeakPlugin:
    registry = weakref.WeakSet()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        WeakPlugin.registry.add(cls)

def make_weak(n):
    return type(f"W{n}", (WeakPlugin,), {"n": n})

keep = make_weak(0)
make_weak(1)
make_weak(2)
print("before collect:", len(WeakPlugin.registry) >= 1)
n = gc.collect()
print("after collect:", sorted(c.__name__ for c in WeakPlugin.registry))
print("a class is a cycle: collected", n >= 2)
del keep
gc.collect()
print("all gone:", len(WeakPlugin.registry), WeakPlugin.__subclasses__())
