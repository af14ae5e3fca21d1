# isinstance/issubclass ask the metaclass (__instancecheck__/__subclasscheck__): an ABC answers for
# classes registered with it, for its real subclasses, and through __subclasshook__; abstract
# methods block instantiation.
import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

Shape.register(int)
print(isinstance(3, Shape), issubclass(int, Shape), isinstance("s", Shape), issubclass(bool, Shape))
print(isinstance(Square(2), Shape), Square(3).area(), isinstance(2.5, (str, Shape)))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "__len__") or NotImplemented

print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))
print(object.__subclasshook__(int), Shape.__subclasshook__(str))

class Meta(type):
    def __instancecheck__(cls, obj):
        print("asked about", obj)
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is float

class Anything(metaclass=Meta):
    pass

print(isinstance(42, Anything), isinstance(41, Anything), issubclass(float, Anything), issubclass(int, Anything))
print(isinstance(Anything(), Anything))
