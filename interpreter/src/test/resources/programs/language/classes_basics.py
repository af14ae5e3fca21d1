# A class with __init__, methods, __repr__ and __str__, class and instance attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, 4)
print(p, repr(p), p.norm2(), p.dims, Point.dims)
print(str(p), f"{p}", f"{p!r}", [p])
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__, Point.__qualname__)
