# descriptors: __set_name__, __get__ with None instance, data vs non-data precedence, __delete__, a typed field library
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"set_name {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"deleting {self.public}")
        delattr(obj, self.private)
    def __repr__(self):
        return f"<Typed {self.public}:{self.kind.__name__}>"

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print("computed", self.name)
        return value

class Product:
    name = Typed(str, "?")
    price = Typed(float, 0.0)
    def __init__(self, name, price):
        self.name = name
        self.price = price
    @Lazy
    def label(self):
        return f"{self.name} @ {self.price:.2f}"

p = Product("pen", 1.5)
print(p.name, p.price, Product.name)
print(p.label)
print(p.label)
print(sorted(vars(p)))
try:
    p.price = 3
except TypeError as e:
    print(e)
del p.price
print(p.price)
p.__dict__["name"] = "shadow"
print(p.name)
try:
    Product("x", "y")
except TypeError as e:
    print(e)

class Meta(type):
    def __set_name__(self, owner, name):
        print("never for metaclass instance?")
class Holder:
    inner = Meta("Inner", (), {})
print(Holder.inner.__name__)

class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class C:
        attr = Broken()
except Exception as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None), repr(e.__cause__))
