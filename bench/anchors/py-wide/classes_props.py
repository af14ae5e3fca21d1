# class hierarchies with super(), properties, __repr__, __eq__/__hash__, classmethods, dataclasses.
from dataclasses import dataclass, field


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    def area(self):
        return 0.0

    def describe(self):
        return "%s(%.2f)" % (self.name, self.area)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def area(self):
        return self._w * self._h

    @classmethod
    def square(cls, s):
        return cls(s, s)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r * self.r

    def describe(self):
        return "round " + super().describe()


@dataclass(order=True)
class Item:
    price: float
    name: str = ""
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Key:
    a: int
    b: str


total = 0.0
descs = 0
for i in range(100000):
    s = Rect(i % 10 + 1, i % 7 + 1) if i % 3 else (Circle(i % 5 + 1) if i % 2 else Rect.square(i % 4 + 1))
    total += s.area
    descs += len(s.describe())
items = [Item(i * 0.5 % 97, "item%d" % i) for i in range(60000)]
items.sort()
keys = {Key(i % 500, "k%d" % (i % 50)) for i in range(60000)}
eq = sum(1 for i in range(1, 60000) if items[i] == items[i - 1])
print("%.2f" % total, descs, Shape.count, items[0], len(keys), eq, repr(Key(1, "x")))
