# Properties (getter, setter, deleter, read-only, computed, cached by hand), class methods as
# alternative constructors, static methods, and how each is found on the class and on instances.
class Temperature:
    scale = "C"
    count = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.count += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(value):
        return value >= -273.15

    def __repr__(self):
        return f"{type(self).__name__}({self._c:.2f})"


t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
f = Temperature.from_fahrenheit(212)
print(f, Temperature.valid(-300), t.valid(0), Temperature.count)


class Kelvin(Temperature):
    scale = "K"


k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, k.scale, Temperature.scale, Kelvin.count)
print(type(Temperature.__dict__["celsius"]).__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__,
      type(Temperature.__dict__["valid"]).__name__)
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset is not None, Temperature.fahrenheit.fset)
print(Temperature.from_fahrenheit.__self__ is Temperature, Kelvin.from_fahrenheit.__self__ is Kelvin)
print(Temperature.valid is Temperature.__dict__["valid"].__func__)
m = t.__repr__
print(m.__self__ is t, m.__func__ is Temperature.__repr__)


class Lazy:
    def __init__(self):
        self._value = None

    @property
    def value(self):
        if self._value is None:
            print("computing")
            self._value = 42
        return self._value


z = Lazy()
print(z.value, z.value)


class Circle:
    def __init__(self, r):
        self.r = r

    area = property(lambda self: 3 * self.r ** 2, doc="area, roughly")


print(Circle(2).area, Circle.area.__doc__)
