# __init_subclass__ registries with keywords, __class_getitem__, and a metaclass that counts instances.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, cls.__mro__[1].__name__)

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    pass

class Pretty(Json, name="pretty-json"):
    pass

print(sorted(Plugin.registry))
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

print(Box[int], Box["x"], Box[int, str])

class Counted(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("instances", 0)
        cls = super().__new__(mcls, name, bases, ns)
        print("metaclass made", name, kw)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances += 1
        return obj

    def __repr__(cls):
        return f"<counted class {cls.__name__}>"

class Model(metaclass=Counted, table="models"):
    def __init__(self, v):
        self.v = v

class User(Model):
    pass

Model(1); User(2); User(3)
print(Model.instances, User.instances, repr(User), type(User).__name__)
print(isinstance(User, Counted), User.__class__.__mro__)
print(list[int], dict[str, list[int]], type(list[int]).__name__)
