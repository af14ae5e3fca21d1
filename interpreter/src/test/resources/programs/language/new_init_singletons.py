# Object creation as patterns books show it: __new__ returning a cached instance (and __init__
# running again), a metaclass singleton, __new__ returning another type (no __init__), immutable
# subclasses of int/str/tuple adjusting the value in __new__, alternative constructors with
# classmethods, object.__new__'s argument errors, and __init__ returning a value.
class Config:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, env="dev"):
        print("  init", env)
        self.env = env

a = Config()
b = Config("prod")
print(a is b, a.env)

class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Logger(metaclass=SingletonMeta):
    def __init__(self, name="root"):
        print("  Logger init", name)
        self.name = name
class AuditLogger(Logger):
    pass
l1, l2, l3 = Logger("a"), Logger("b"), AuditLogger("c")
print(l1 is l2, l1.name, l3 is l1, l3.name, sorted(k.__name__ for k in SingletonMeta._instances))

class Shape:
    def __new__(cls, kind, *args):
        if cls is Shape:
            sub = {"circle": Circle, "square": Square}[kind]
            return sub(kind, *args)
        return super().__new__(cls)
    def __init__(self, kind, *args):
        print("  Shape.__init__", type(self).__name__, args)
class Circle(Shape):
    pass
class Square(Shape):
    pass
s = Shape("circle", 2)
print(type(s).__name__)

class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(Weird(), type(Weird()))

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"{float(self)}°C"
print(Celsius(21.456), Celsius(3) + 1, type(Celsius(3) + 1).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("shout"), Upper("a") + "b", isinstance(Upper("x"), str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pt = Point(1, 2)
print(pt, pt.x, pt + (3,), len(pt), pt == (1, 2))

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_iso(cls, text):
        return cls(*map(int, text.split("-")))
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class Holiday(Date):
    pass
print(Date.from_iso("2024-02-29"), Holiday.from_iso("2023-12-25"))

for act in (lambda: object.__new__(Date, 1), lambda: object(1), lambda: Date(), lambda: object.__new__(int),
            lambda: int.__new__(Date), lambda: object.__init__(Date(1, 2, 3), 5)):
    try:
        print(type(act()).__name__)
    except TypeError as e:
        print("TypeError:", e)
class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *a):
        pass
print(type(OnlyInit(1, 2)).__name__)
