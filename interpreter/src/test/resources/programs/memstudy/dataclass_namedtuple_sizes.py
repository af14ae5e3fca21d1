# Record types compared: tuple, namedtuple, dataclass, slotted dataclass, dict, SimpleNamespace.
import sys
from collections import namedtuple
from dataclasses import dataclass
from types import SimpleNamespace
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
class PointDS:
    x: int
    y: int
    z: int

@dataclass(frozen=True)
class PointFrozen:
    x: int
    y: int
    z: int

def footprint(o):
    size = sys.getsizeof(o)
    if hasattr(o, "__dict__"):
        size += sys.getsizeof(o.__dict__)
    return size

records = {
    "tuple": (1, 2, 3),
    "namedtuple": PointNT(1, 2, 3),
    "typing.NamedTuple": PointTN(1, 2, 3),
    "dataclass": PointDC(1, 2, 3),
    "dataclass slots": PointDS(1, 2, 3),
    "frozen dataclass": PointFrozen(1, 2, 3),
    "dict": {"x": 1, "y": 2, "z": 3},
    "SimpleNamespace": SimpleNamespace(x=1, y=2, z=3),
}
for name, rec in records.items():
    print(f"{name:18s} {sys.getsizeof(rec):4d} {footprint(rec):4d} dict={hasattr(rec, '__dict__')}")
print("PointDS slots:", PointDS.__slots__)
print("namedtuple fields:", PointNT._fields, PointTN._fields)
print("dataclass eq:", PointDC(1, 2, 3) == PointDC(1, 2, 3), "hash frozen:", hash(PointFrozen(1, 2, 3)) == hash(PointFrozen(1, 2, 3)))
print("replace keeps size:", sys.getsizeof(PointNT(1, 2, 3)._replace(x=9)))
