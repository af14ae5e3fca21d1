# data descriptors win over the instance dict, non-data descriptors lose to it
class NonData:
    def __get__(self, obj, owner=None):
        return "nondata from " + (type(obj).__name__ if obj is not None else "class " + owner.__name__)
class Data:
    def __get__(self, obj, owner=None):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
    def __delete__(self, obj):
        print("Data.__delete__")
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'instance wins'
print(c.nd)
c.__dict__['d'] = 'instance loses'
print(c.d)
c.d = 5
del c.d
print(vars(c))
class Ro:
    def __get__(self, obj, owner=None): return 1
    def __set__(self, obj, v): raise AttributeError("read-only")
class D:
    r = Ro()
try:
    D().r = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(C.__dict__['nd']).__name__, hasattr(Data, '__set__'))
class Typed:
    def __set_name__(self, owner, name):
        self.private = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.private[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, sorted(vars(p)))
try:
    p.x = 'a'
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Point.x, Typed))
