# Descriptors with __set_name__: typed fields, validation, lazy properties, and class-level access.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)

class lazy:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        print("computed", self.name)
        return value

class Product:
    name = Typed(str, "unnamed")
    price = Typed(float, 0.0)

    def __init__(self, name, price):
        self.name = name
        self.price = price

    @lazy
    def label(self):
        return f"{self.name} @ {self.price:.2f}"

p = Product("pen", 1.5)
print(p.name, p.price, p.label, p.label)
print(type(Product.name).__name__, Product.price.private)
try:
    p.price = "cheap"
except TypeError as e:
    print(e)
del p.name
print(p.name)
print(sorted(k for k in vars(p)))
class Late:
    pass
d = Typed(int)
Late.x = d
print(hasattr(d, "public"))
d.__set_name__(Late, "x")
print(vars(Product)["label"].name)
try:
    class Broken:
        class Bad:
            def __set_name__(self, owner, name):
                raise ValueError("nope")
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None), repr(e.__cause__))
