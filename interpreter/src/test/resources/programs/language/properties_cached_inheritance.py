# properties: computed with setter validation and deleter, inheritance overriding only the setter, cached_property invalidation, property on class vs instance, __slots__ and cached_property conflict
from functools import cached_property

class Temperature:
    def __init__(self, c=0.0):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -500
except ValueError as e:
    print(e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, Temperature.fahrenheit.fdel)

class Kelvin(Temperature):
    @Temperature.celsius.setter
    def celsius(self, v):
        print("Kelvin setter", v)
        Temperature.celsius.fset(self, v)
k = Kelvin(10)
print(k.celsius, Kelvin.celsius is not Temperature.celsius)

class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
for op in ("set", "del"):
    try:
        if op == "set":
            r.value = 1
        else:
            del r.value
    except AttributeError as e:
        print(e)

class Dataset:
    def __init__(self, data):
        self.data = data
    @cached_property
    def stats(self):
        print("computing stats")
        return min(self.data), max(self.data), sum(self.data) / len(self.data)
d = Dataset([3, 1, 4, 1, 5])
print(d.stats, d.stats)
d.data.append(9)
del d.stats
print(d.stats, "stats" in vars(d))
d.stats = "overridden"
print(d.stats)
try:
    del Dataset.stats.__doc__
except (AttributeError, TypeError) as e:
    print(type(e).__name__)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print(e)
class Twice:
    @cached_property
    def a(self): return 1
try:
    class Bad:
        a = Twice.__dict__["a"]
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, e.__cause__)
p = property(lambda self: "got", doc="the docs")
print(p.__doc__, property().__doc__, property(ReadOnly.value.fget).__doc__)
class WithDoc:
    @property
    def thing(self):
        "Thing docstring."
        return 1
print(WithDoc.thing.__doc__, WithDoc.thing.getter(lambda s: 2).__doc__, WithDoc().thing)
try:
    property(fget=1)(None)
except TypeError as e:
    print("TypeError", e)
