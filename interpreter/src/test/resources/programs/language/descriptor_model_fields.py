# Descriptors as an ORM would write them: __set_name__ naming the storage, validation in
# __set__, the class-level access returning the descriptor, a non-data descriptor shadowed by
# the instance dict, a cached property, and the errors they raise.
import abc
from functools import cached_property

class Validated(abc.ABC):
    def __set_name__(self, owner, name):
        self.public = name
        self.storage = f"_{owner.__name__.lower()}_{name}"

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.storage)

    def __set__(self, instance, value):
        value = self.validate(self.public, value)
        setattr(instance, self.storage, value)

    @abc.abstractmethod
    def validate(self, name, value):
        """return validated value or raise ValueError"""

class Quantity(Validated):
    def validate(self, name, value):
        if value <= 0:
            raise ValueError(f"{name} must be > 0")
        return value

class NonBlank(Validated):
    def validate(self, name, value):
        value = value.strip()
        if not value:
            raise ValueError(f"{name} cannot be blank")
        return value

class LineItem:
    description = NonBlank()
    weight = Quantity()
    price = Quantity()

    def __init__(self, description, weight, price):
        self.description = description
        self.weight = weight
        self.price = price

    def subtotal(self):
        return self.weight * self.price

    @cached_property
    def label(self):
        print("  (computing label)")
        return f"{self.description} x{self.weight}"

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return lambda *a: self.f(inst, *a)

class Spam:
    hello = Method(lambda self, n: f"hello {n}")

raisins = LineItem("  Golden raisins ", 10, 6.95)
print(repr(raisins.description), raisins.subtotal())
print(sorted(vars(raisins)))
print(type(LineItem.weight).__name__, LineItem.weight.storage, LineItem.price.public)
for args in [("", 1, 1), ("nuts", 0, 1), ("nuts", 1, -2)]:
    try:
        LineItem(*args)
    except ValueError as e:
        print("ValueError:", e)
print(raisins.label)
print(raisins.label)
del raisins.label
print(raisins.label)
try:
    Quantity()
except TypeError as e:
    print("TypeError:", e)
s = Spam()
print(s.hello(3))
s.hello = "shadowed"
print(s.hello, Spam.hello.__class__.__name__)
del s.hello
print(s.hello("again"))
try:
    LineItem.__dict__["label"].__set_name__(LineItem, "other")
    print(LineItem.__dict__["label"].attrname)
except TypeError as e:
    print("TypeError:", e)
try:
    class Broken:
        x = cached_property(lambda self: 1)
        y = x
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
