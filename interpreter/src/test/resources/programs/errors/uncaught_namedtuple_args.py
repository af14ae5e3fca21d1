# Calling a namedtuple class with a missing argument, after its _make and _replace errors were
# caught: the uncaught TypeError names the generated __new__.
from collections import namedtuple

Point = namedtuple("Point", "x y z", defaults=[0])
print(Point(1, 2), Point._field_defaults, Point.__new__.__doc__)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2)._replace(w=3)
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, x=3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a def")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("Ok", "a def _b", rename=True)._fields)
p = Point(y=5, x=1)
print(p, p._asdict(), p.__match_args__)
Point(1)
