# A shape hierarchy with __init_subclass__ registration, total_ordering by area, and a factory from dicts.
import math
from functools import total_ordering

@total_ordering
class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Shape.registry[cls.kind] = cls
    @classmethod
    def from_dict(cls, d):
        d = dict(d)
        kind = d.pop("kind")
        try:
            return cls.registry[kind](**d)
        except KeyError:
            raise ValueError(f"unknown shape kind {kind!r}; known: {', '.join(sorted(cls.registry))}") from None
    def __eq__(self, other):
        return self.area() == other.area()
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape, kind="rectangle"):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class Triangle(Shape):
    def __init__(self, a, b, c):
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        self.a, self.b, self.c = a, b, c
    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

print(sorted(Shape.registry), Square.kind, Rect.kind)
specs = [{"kind": "circle", "r": 1}, {"kind": "rectangle", "w": 2, "h": 3}, {"kind": "square", "side": 2},
         {"kind": "triangle", "a": 3, "b": 4, "c": 5}, {"kind": "hexagon", "s": 1}, {"kind": "triangle", "a": 1, "b": 1, "c": 3},
         {"kind": "circle", "radius": 2}]
shapes = []
for spec in specs:
    try:
        shapes.append(Shape.from_dict(spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in sorted(shapes, reverse=True):
    print(f"{s!r:40} {s.area():8.3f}")
print(max(shapes), min(shapes), Square(2) == Rect(1, 4), Square(2) >= Circle(1), Square(2) <= Triangle(3, 4, 5))
print(Circle.__mro__[1:], isinstance(Square(1), Rect), Shape.__subclasses__(), Rect.__subclasses__())
