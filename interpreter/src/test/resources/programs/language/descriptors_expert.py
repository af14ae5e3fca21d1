# descriptors: data vs non-data precedence, __set_name__, __get__ on the class, functions as descriptors
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]

class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"computing {self.attr}")
        value = obj.__dict__[self.attr] = self.func(obj)
        return value

class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
    @Lazy
    def total(self):
        "expensive"
        return self.qty * 3

it = Item("pen", 4)
print(it.name, it.qty, it.total, it.total)
print(Item.total.__doc__, type(Item.__dict__["name"]).__name__, Item.name.kind)
try:
    it.qty = "many"
except TypeError as e:
    print(e)
it.__dict__["qty"] = "bypass"
print(it.qty)
del it.name
print(it.name)

# instance dict shadows non-data descriptors but not data ones
class NonData:
    def __get__(self, obj, cls):
        return "from descriptor"
class C:
    nd = NonData()
    @property
    def p(self):
        return "property"
c = C()
c.__dict__["nd"] = "from dict"
c.__dict__["p"] = "dict p"
print(c.nd, c.p)

# functions are non-data descriptors
def f(self, x):
    return (self, x)
bound = f.__get__(42)
print(bound(1), type(bound).__name__, bound.__self__, bound.__func__ is f)
print(f.__get__(None, int) is f)
print(staticmethod(f).__get__(1)(2, 3))
cm = classmethod(lambda cls, y: (cls.__name__, y))
print(cm.__get__(None, C)(5))

# an error in __set_name__ is wrapped in a RuntimeError naming the attribute (3.11)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("refuse " + name)
try:
    class Owner:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), getattr(e, "__notes__", None))

# property with a docstring from the getter and the copy methods
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("reset"); self._c = 0
t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
ro = property(lambda self: 1)
class R:
    x = ro
try:
    R().x = 2
except AttributeError as e:
    print(e)
try:
    del R().x
except AttributeError as e:
    print(e)
