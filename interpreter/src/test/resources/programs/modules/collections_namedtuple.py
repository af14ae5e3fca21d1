# namedtuple: a tuple subclass with named fields.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), tuple(p), p == (1, 2))
x, y = p
print(x + y, isinstance(p, tuple), Point._make([5, 6]), len(p))
Rec = namedtuple("Rec", "name age", defaults=[0])
print(Rec("ann"), Rec("bob", 3), Rec._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
