# namedtuple vs dataclass vs dict vs slots: which record type is smallest?
import sys
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
from dataclasses import dataclass

PointNT = namedtuple("PointNT", "x y z")

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

records = {
    "tuple": (1, 2, 3),
    "namedtuple": PointNT(1, 2, 3),
    "dict": {"x": 1, "y": 2, "z": 3},
    "dataclass": PointDC(1, 2, 3),
    "dataclass(slots)": PointDCS(1, 2, 3),
    "__slots__ class": PointSlots(1, 2, 3),
}
for name, rec in records.items():
    size = sys.getsizeof(rec)
    if hasattr(rec, "__dict__"):
        size += sys.getsizeof(rec.__dict__)
    print(f"{name:<18} {size}")

print("deque():", sys.getsizeof(deque()))
print("deque(range(100)):", sys.getsizeof(deque(range(100))))
print("OrderedDict():", sys.getsizeof(OrderedDict()))
print("OrderedDict 10:", sys.getsizeof(OrderedDict((i, i) for i in range(10))))
print("defaultdict(list):", sys.getsizeof(defaultdict(list)))
print("Counter('hello'):", sys.getsizeof(Counter("hello")))
print("dict 10 for comparison:", sys.getsizeof({i: i for i in range(10)}))
