# __slots__ in practice: memory-lean records, inheritance adding slots, __dict__ and __weakref__ slots, default values conflicting with slots, slots with properties and class variables
import weakref, sys

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3D(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

p = Point3D(1, 2, 3)
print(p, p.z, Point3D.__slots__, hasattr(p, "__dict__"), [s for s in dir(Point3D) if s in "xyz"])
try:
    p.w = 4
except AttributeError as e:
    print(e)
try:
    weakref.ref(p)
except TypeError as e:
    print(e)
class Flexible(Point):
    __slots__ = ("__dict__", "__weakref__")
f = Flexible(0, 0)
f.extra = "ok"
print(vars(f), weakref.ref(f)() is f)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
class WithDefault:
    __slots__ = ("_x",)
    kind = "class var"
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = max(0, v)
w = WithDefault()
w.x = -5
print(w.x, w.kind, type(WithDefault.__dict__["_x"]).__name__)
empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print(e)
del p.z
try:
    del p.z
except AttributeError as e:
    print(e)
class NoSlots:
    def __init__(self):
        self.x, self.y = 1, 2
print(sys.getsizeof(Point(1, 2)) < sys.getsizeof(NoSlots()) + sys.getsizeof(NoSlots().__dict__))
class Str(str):
    __slots__ = ("meta",)
s = Str("hi")
s.meta = 1
print(s, s.meta, s.upper())
try:
    class BadInt(int):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
class T(tuple):
    __slots__ = ()
print(hasattr(T(), "__dict__"), T((1, 2)))
try:
    class Dup:
        __slots__ = ("a", "a")
    print("dup allowed?", Dup.__slots__)
except TypeError as e:
    print(e)
class One:
    __slots__ = "only"
print(One.__slots__, type(One.__dict__["only"]).__name__)
try:
    class Weird:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)
try:
    class BadName:
        __slots__ = ("1x",)
except TypeError as e:
    print(e)
