# A plugin framework built on the class-creation hooks: __init_subclass__ with keyword
# arguments registering plugins, __set_name__ on option descriptors collecting a schema,
# __class_getitem__ making typed handler aliases, a metaclass __prepare__ recording definition
# order and refusing duplicate hooks, __mro_entries__, and the order every hook runs in.
order = []

class Option:
    def __init__(self, default, kind=str):
        self.default, self.kind = default, kind
    def __set_name__(self, owner, name):
        order.append(f"set_name {owner.__name__}.{name}")
        self.name = name
        owner._schema = {**getattr(owner, "_schema", {}), name: self.kind.__name__}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

class NoDupNamespace(dict):
    def __setitem__(self, key, value):
        if key.startswith("on_") and key in self:
            raise TypeError(f"hook {key!r} defined twice")
        if not key.startswith("__"):
            self.setdefault("_order", []).append(key)
        super().__setitem__(key, value)

class PluginMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        order.append(f"prepare {name} {sorted(kwargs)}")
        return NoDupNamespace()
    def __new__(mcls, name, bases, ns, **kwargs):
        order.append(f"meta new {name}")
        return super().__new__(mcls, name, bases, dict(ns), **kwargs)
    def __init__(cls, name, bases, ns, **kwargs):
        order.append(f"meta init {name}")
        super().__init__(name, bases, ns)

class Plugin(metaclass=PluginMeta):
    registry = {}
    def __init_subclass__(cls, /, label=None, priority=0, **kwargs):
        order.append(f"init_subclass {cls.__name__}")
        super().__init_subclass__(**kwargs)
        cls.plugin_name = label or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

class Compressor(Plugin, label="zip", priority=5):
    level = Option(6, int)
    method = Option("deflate")
    def on_load(self):
        return "loaded"

class Logger(Plugin):
    path = Option("/tmp/log")

for line in order:
    print(line)
print(sorted(Plugin.registry), Compressor.plugin_name, Compressor.priority, Logger.priority)
print(Compressor._schema, Logger._schema, Compressor._order)
c = Compressor()
print(c.level, c.method)
c.level = 9
print(c.level, vars(c))
try:
    c.level = "max"
except TypeError as e:
    print("TypeError:", e)
print(Plugin[int], Compressor["fast"], type(Compressor).__name__)
try:
    class Twice(Plugin):
        def on_save(self): pass
        def on_save(self): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class BadKw(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Factory:
    def __init__(self, base):
        self.base = base
    def __mro_entries__(self, bases):
        return (self.base,)
class FromFactory(Factory(Plugin), label="factory-made"):
    pass
print(FromFactory.__bases__, FromFactory.__orig_bases__[0].__class__.__name__, Plugin.registry["factory-made"] is FromFactory)
class Meta2(type):
    pass
try:
    class Conflict(Plugin, metaclass=Meta2):
        pass
except TypeError as e:
    print("TypeError:", e)
