# metaclasses: __prepare__, __new__/__init__ order, __call__ for singletons, __init_subclass__, __class_getitem__
from collections import OrderedDict

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print(f"__prepare__ {name} kw={kw}")
        return {"_order": []}
    def __new__(mcs, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]}")
        ns["_fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Base(metaclass=Meta, flavor="x"):
    a = 1
    def method(self):
        pass
    def __init_subclass__(cls, /, tag=None, **kw):
        print(f"__init_subclass__ {cls.__name__} tag={tag}")
        super().__init_subclass__(**kw)
        cls.tag = tag

class Child(Base, tag="kid"):
    b = 2

print(Base._fields, Child._fields, Child.tag, repr(Child), type(Child))
obj = Child()
print(type(obj).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, v=0):
        print("Config init", v)
        self.v = v

print(Config(1) is Config(2), Config().v)

class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Registry[int], Registry["x", 2])

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(e)

# type() with three arguments and a metaclass derived automatically
X = type("X", (Child,), {"z": 3})
print(type(X).__name__, X.z, X.tag)

# __new__ vs __init__: __init__ skipped when __new__ returns something else
class Weird:
    def __new__(cls, flag):
        if flag:
            return 42
        return super().__new__(cls)
    def __init__(self, flag):
        print("Weird.__init__", flag)
print(Weird(True), type(Weird(False)).__name__)

# __init_subclass__ keyword errors
class P:
    pass
try:
    class Q(P, unknown=1): pass
except TypeError as e:
    print(e)

# mro and __mro_entries__
class Proxy:
    def __mro_entries__(self, bases):
        return (dict,)
class D(Proxy()):
    pass
print(D.__mro__, D.__orig_bases__[0].__class__.__name__)
print(Meta.__mro__)
print(isinstance(Child, Meta), issubclass(Meta, type))
