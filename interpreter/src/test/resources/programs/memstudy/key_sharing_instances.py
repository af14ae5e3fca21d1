# PEP 412 key-sharing dictionaries: instances of one class share their keys,
# until something breaks the sharing.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p1 = Point(1, 2)
p2 = Point(3, 4)
print("instance:", sys.getsizeof(p1))
print("p1.__dict__:", sys.getsizeof(p1.__dict__))
print("p2.__dict__:", sys.getsizeof(p2.__dict__))
print("plain dict with same keys:", sys.getsizeof({'x': 1, 'y': 2}))

p1.z = 5
print("p1 after adding z:", sys.getsizeof(p1.__dict__))
p3 = Point(5, 6)
print("p3 (new instance):", sys.getsizeof(p3.__dict__))
del p2.x
print("p2 after del x:", sys.getsizeof(p2.__dict__), p2.__dict__)

class Many:
    def __init__(self):
        for i in range(12):
            setattr(self, f"a{i}", i)

m = Many()
print("Many instance dict:", sys.getsizeof(m.__dict__), len(m.__dict__))
m2 = Many()
print("second Many:", sys.getsizeof(m2.__dict__))

class Lazy:
    pass

lz = Lazy()
print("Lazy before attrs: has __dict__ in vars:", vars(lz))
print("Lazy dict size:", sys.getsizeof(lz.__dict__))
lz.a = 1
print("Lazy after a:", sys.getsizeof(lz.__dict__))
lz.b = 2; lz.c = 3; lz.d = 4; lz.e = 5; lz.f = 6
print("Lazy after 6 attrs:", sys.getsizeof(lz.__dict__))
d = dict(lz.__dict__)
print("dict() copy of it:", sys.getsizeof(d))
