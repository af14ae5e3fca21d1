# metaclasses: __prepare__ with an ordered checking namespace, __call__ override, __init_subclass__ with kwargs, __class_getitem__
class NoDupNamespace(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate attribute {key!r}")
        super().__setitem__(key, value)

class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return NoDupNamespace()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._fields = [k for k in ns if not k.startswith("_")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst._created = True
        return inst

class Base(metaclass=Strict, flavor="x"):
    a = 1
    def b(self):
        return 2

print(Base._fields, Base()._created)
try:
    class Dup(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(e)

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

class Csv(Plugin, key="csv"): pass
class Json(Plugin): pass
print(sorted(Plugin.registry), Csv.key, Json.key)
print(Plugin[int], Csv["x"])
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)

class Meta2(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta2>"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(range(3))
class Odd(metaclass=Meta2): pass
print(repr(Odd), len(Odd), list(Odd), type(Odd).__name__)
print(type(Base).__mro__)
X = Strict("X", (), {"y": 5})
print(X._fields, isinstance(X, Strict))

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(e)
