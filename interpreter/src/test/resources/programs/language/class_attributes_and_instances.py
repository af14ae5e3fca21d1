# Class attributes shared by instances versus instance attributes shadowing them, a mutable
# class attribute trap, __dict__ contents, vars(), getattr/setattr/hasattr/delattr with defaults,
# __slots__ refusing new attributes, dir() of a small class, and class-level counters.
class Dog:
    species = "canis"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)

    def __str__(self):
        return f"Dog {self.name}"


a, b = Dog("rex"), Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is a.tricks, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species, a.__dict__, vars(b))
del a.species
print(a.species)
print(getattr(a, "name"), getattr(a, "age", "unknown"), hasattr(a, "bark"), hasattr(Dog, "add_trick"))
setattr(a, "age", 3)
print(a.age, sorted(vars(a)))
delattr(a, "age")
try:
    getattr(a, "age")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.missing
except AttributeError as e:
    print("AttributeError:", e)
print(str(a), repr(a).startswith("<__main__.Dog object at 0x"), f"{b}", type(a) is Dog, type(a).__name__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__, Dog.__init__.__qualname__)
print([n for n in dir(Dog) if not n.startswith("__")])


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


pt = Point(1, 2)
try:
    pt.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(pt, "__dict__"), Point.__slots__, type(Point.x).__name__)
try:
    Point(1, 2).__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Point.__new__(Point).x)
except AttributeError as e:
    print("AttributeError:", e)


class Config:
    debug = False
    level = 1


Config.debug = True
Config.new_attr = "added later"
print(Config.debug, Config.new_attr, "new_attr" in Config.__dict__)
c = Config()
c.level = 5
print(c.level, Config.level, type(c).level)


class Meta:
    registry = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Meta.registry[key or cls.__name__] = cls


class Plugin1(Meta, key="one"):
    pass


class Plugin2(Meta):
    pass


print(sorted(Meta.registry))


class Empty:
    pass


e = Empty()
e.anything = 1
print(e.anything, Empty.__bases__, isinstance(e, object), Empty().__class__ is Empty)
print(type(Empty), type(type), type(5), type("s"), type(None).__name__, type(len).__name__, type(Dog.add_trick).__name__, type(a.add_trick).__name__)
