# A plugin registry filled by __init_subclass__: classes defined inside a function stay alive
# through the registry (and their cycles through __mro__ and __dict__), then unregistering and
# collecting frees them; the weakref.WeakValueDictionary registry forgets them by itself.
# collectors: generational marksweep
import gc
import sys
import weakref


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

    def run(self, data):
        raise NotImplementedError


def load_plugins():
    class Upper(Plugin, name="upper"):
        def run(self, data):
            return data.upper()

    class Reverse(Plugin):
        def run(self, data):
            return data[::-1]

    return weakref.ref(Upper), weakref.ref(Reverse)


gc.collect()
refs = load_plugins()
print(sorted(Plugin.registry))
print([Plugin.registry[k]().run("memory") for k in sorted(Plugin.registry)])
print("refcount of Upper:", sys.getrefcount(refs[0]()))
print("referrer kinds:", sorted(type(r).__name__ for r in gc.get_referrers(refs[0]())))
del Plugin.registry["upper"]
print("Upper alive after unregister:", refs[0]() is not None)
print("collected:", gc.collect() > 0)
print("Upper alive after collect:", refs[0]() is not None)
print("Reverse alive:", refs[1]() is not None)


class WeakPlugin:
    registry = weakref.WeakValueDictionary()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        WeakPlugin.registry[cls.__name__] = cls


def define():
    class Temp(WeakPlugin):
        pass

    class Kept(WeakPlugin):
        pass

    return Kept


kept = define()
print("weak registry before collect:", sorted(WeakPlugin.registry))
gc.collect()
print("weak registry after collect:", sorted(WeakPlugin.registry))
del kept
gc.collect()
print("weak registry at the end:", sorted(WeakPlugin.registry))
