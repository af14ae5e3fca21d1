# class internals: __new__ vs __init__ with immutable bases, __init_subclass__ and __set_name__ order, __class_getitem__, __mro_entries__, __qualname__ of nested classes
order = []
class Field:
    def __set_name__(self, owner, name):
        order.append(f"set_name {owner.__name__}.{name}")

class Base:
    def __init_subclass__(cls, **kw):
        order.append(f"init_subclass {cls.__name__} {kw}")
        super().__init_subclass__()

class Model(Base, tag="m"):
    a = Field()
    b = Field()
print(order)

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} below absolute zero")
        return super().__new__(cls, round(value, 1))
    def __init__(self, value):
        self.raw = value
    def __repr__(self):
        return f"Celsius({float(self)})"
c = Celsius(21.456)
print(c, c.raw, c + 1, type(c + 1).__name__, isinstance(c, float))
try:
    Celsius(-300)
except ValueError as e:
    print(e)

class Point3(tuple):
    __slots__ = ()
    def __new__(cls, x, y, z=0):
        return super().__new__(cls, (x, y, z))
    x = property(lambda self: self[0])
    def __repr__(self):
        return "Point3" + super().__repr__()
p = Point3(1, 2)
print(p, p.x, p + (9,), len(p), p == (1, 2, 0), hash(p) == hash((1, 2, 0)))

class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__} for {key.__name__ if isinstance(key, type) else key}"
print(Registry[int], Registry["x"], Registry[int, str] if False else "")

class Factory:
    def __mro_entries__(self, bases):
        return (dict,)
class FromFactory(Factory()):
    pass
print(FromFactory.__mro__, FromFactory.__orig_bases__[0].__class__.__name__)

class Outer:
    class Inner:
        class Deepest:
            def method(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.method.__qualname__, Outer().f().__qualname__, Outer.Inner.__module__)
print(Outer.Inner.Deepest().method.__qualname__, repr(Outer().f())[:40])

class Immutable:
    __slots__ = ("_v",)
    def __init__(self, v):
        object.__setattr__(self, "_v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")
    __delattr__ = __setattr__
i = Immutable(3)
for action in (lambda: setattr(i, "_v", 4), lambda: delattr(i, "_v")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(i._v)
class Counted:
    count = 0
    def __new__(cls, *args, **kwargs):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, name):
        self.name = name
a, b = Counted("a"), Counted("b")
print(Counted.count, a.count, vars(a), Counted.__dict__["count"])
print(type.__call__(Counted, "c").name, Counted.count)
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __new__(cls, x):
        print("__new__", x)
        return super().__new__(cls)
    def __init__(self, x):
        print("__init__", x)
WithMeta(5)
print(type(WithMeta), WithMeta.__class__.__name__, isinstance(WithMeta, type))
