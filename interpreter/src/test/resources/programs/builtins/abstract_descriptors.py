# __isabstractmethod__ of property, classmethod and staticmethod: true when a function they wrap is
# marked by abc.abstractmethod, so an ABC counts them among its abstract methods.
import abc


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        pass

    @property
    def name(self):
        return "shape"

    @name.setter
    @abc.abstractmethod
    def name(self, value):
        pass

    @classmethod
    @abc.abstractmethod
    def unit(cls):
        pass

    @staticmethod
    @abc.abstractmethod
    def sides():
        pass

    @staticmethod
    def concrete():
        return 0


d = Shape.__dict__
print([d[n].__isabstractmethod__ for n in ["area", "name", "unit", "sides", "concrete"]])
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)


class Square(Shape):
    area = property(lambda self: 4)
    name = property(lambda self: "square")
    unit = classmethod(lambda cls: "m")
    sides = staticmethod(lambda: 4)


print(Square().area, Square.unit(), Square.sides(), sorted(Square.__abstractmethods__))
