# Typed, validated attributes with descriptors and __set_name__, a model base class, and errors.
class Field:
    def __init__(self, kind, *, minimum=None, choices=None, default=None):
        self.kind, self.minimum, self.choices, self.default = kind, minimum, choices, default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)}")
        setattr(obj, self.private, value)
    def __repr__(self):
        return f"<Field {self.name}: {self.kind.__name__}>"

class Model:
    def __init__(self, **kw):
        for name in self._fields:
            if name in kw:
                setattr(self, name, kw.pop(name))
        if kw:
            raise TypeError(f"unexpected fields: {', '.join(sorted(kw))}")
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields) + ")"

class Product(Model):
    name = Field(str, default="?")
    price = Field((int, float).__class__ and float, minimum=0.0)
    qty = Field(int, minimum=0, default=0)
    size = Field(str, choices=("S", "M", "L"), default="M")

p = Product(name="shirt", price=19.5, qty=3)
print(p, Product._fields, Product.price, vars(p))
for kw in [{"price": -1.0}, {"price": 5}, {"qty": 2.5}, {"size": "XL"}, {"color": "red"}, {"name": "ok", "price": 1.0, "size": "S"}]:
    try:
        print(Product(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.qty += 2
print(p.qty, Product.__dict__["qty"].__get__(p), type(Product.__dict__["qty"]).__name__)
try:
    del p.qty
except AttributeError as e:
    print("AttributeError:", e)

class ReadOnly:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, objtype=None):
        return self.value
class Config:
    version = ReadOnly("1.0")
c = Config()
c.version = "2.0"
print(c.version, Config.version, vars(c))
