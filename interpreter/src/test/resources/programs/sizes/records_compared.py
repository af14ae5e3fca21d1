# One record as a dict, a tuple, a namedtuple, a dataclass with and without slots,
# and a plain class with __slots__: the getsizeof of each, shallow and with its attributes.
import sys
from collections import namedtuple
from dataclasses import dataclass
from typing import NamedTuple

PointNT = namedtuple("PointNT", "x y z")

class PointTN(NamedTuple):
    x: int
    y: int
    z: int

@dataclass
class PointDC:
    x: int
    y: int
    z: int

@dataclass(slots=True)
class PointDCS:
    x: int
    y: int
    z: int

class PointSlots:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

class PointPlain:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

def total(obj):
    size = sys.getsizeof(obj)
    if hasattr(obj, "__dict__"):
        size += sys.getsizeof(obj.__dict__)
    return size

records = [
    ("dict", {"x": 1, "y": 2, "z": 3}),
    ("tuple", (1, 2, 3)),
    ("namedtuple", PointNT(1, 2, 3)),
    ("NamedTuple", PointTN(1, 2, 3)),
    ("dataclass", PointDC(1, 2, 3)),
    ("dataclass slots", PointDCS(1, 2, 3)),
    ("__slots__", PointSlots(1, 2, 3)),
    ("plain", PointPlain(1, 2, 3)),
]
for name, rec in records:
    print(f"{name:16} shallow={sys.getsizeof(rec):4} with dict={total(rec):4}")

print("dataclass slots has __dict__:", hasattr(PointDCS(1, 2, 3), "__dict__"))
print("slots:", PointDCS.__slots__)
print("namedtuple fields:", PointNT._fields, PointTN._fields)
print("tuple subclass:", issubclass(PointNT, tuple), sys.getsizeof(PointNT(1, 2, 3)) - sys.getsizeof((1, 2, 3)))
many_plain = [PointPlain(i, i, i) for i in range(100)]
many_slots = [PointSlots(i, i, i) for i in range(100)]
print("100 plain:", sum(total(p) for p in many_plain))
print("100 slots:", sum(total(p) for p in many_slots))
p = PointPlain(1, 2, 3)
before = sys.getsizeof(p.__dict__)
p.w = 4
print("dict after a 4th attribute:", before, sys.getsizeof(p.__dict__))
