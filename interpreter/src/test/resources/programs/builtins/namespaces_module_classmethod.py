# The namespaces' own descriptors: module's __dict__ (a read-only member), __annotations__ (a
# getset making the dict's entry on first read) and __init__ (module_init again); classmethod's and
# staticmethod's __dict__ getset, __wrapped__ and __isabstractmethod__; SimpleNamespace's __dict__
# member and its own __setattr__/__delattr__ wrappers.
import abc
import types

m = types.ModuleType("mod", "the doc")
print(type(vars(types.ModuleType)["__dict__"]).__name__, type(vars(types.ModuleType)["__annotations__"]).__name__)
print("__annotations__" in m.__dict__, m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"x": int}
print(m.__annotations__, m.__dict__["__annotations__"])
del m.__annotations__
print("__annotations__" in m.__dict__)
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(types.ModuleType.__dict__["__annotations__"].__get__(m), sorted(m.__dict__))
try:
    m.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
print(types.ModuleType.__dict__["__dict__"].__get__(m) is m.__dict__)
m.extra = 1
types.ModuleType.__init__(m, "renamed")
print(m.__name__, m.__doc__, m.extra, sorted(m.__dict__))
m.__init__("again", "doc2")
print(m.__name__, m.__doc__, repr(m))
try:
    m.__init__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    m.__init__()
except TypeError as e:
    print("TypeError:", e)


class Plugin(types.ModuleType):
    def __init__(self, name, version):
        super().__init__(name)
        self.version = version


pl = Plugin("plug", 3)
print(pl.__name__, pl.version, pl.__doc__, sorted(pl.__dict__))


def func(a: int) -> str:
    "doc of func"
    return str(a)


for kind in (classmethod, staticmethod):
    w = kind(func)
    print(kind.__name__, type(vars(kind)["__dict__"]).__name__, sorted(w.__dict__), w.__wrapped__ is func,
          w.__func__ is func, w.__isabstractmethod__)
    w.__dict__["tag"] = 1
    print(w.tag, vars(kind)["__dict__"].__get__(w) is w.__dict__, vars(kind)["__wrapped__"].__get__(w) is func)
    a = kind(abc.abstractmethod(lambda: None))
    print(a.__isabstractmethod__, vars(kind)["__isabstractmethod__"].__get__(a))

ns = types.SimpleNamespace(a=1, b=2)
D = types.SimpleNamespace
print(type(vars(D)["__dict__"]).__name__, vars(D)["__dict__"].__get__(ns), type(vars(D)["__setattr__"]).__name__)
D.__setattr__(ns, "c", 3)
D.__delattr__(ns, "a")
print(ns)
try:
    D.__delattr__(ns, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    ns.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
class N(types.SimpleNamespace):
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
n = N(x=1)
n.y = 5
print(n, vars(n))
