# Dataclasses with and without slots, frozen, and with many fields: instance sizes and dict sizes.
import sys
from dataclasses import dataclass, field, fields, astuple

@dataclass
class P:
    x: int
    y: int

@dataclass(slots=True)
class PS:
    x: int
    y: int

@dataclass(frozen=True)
class PF:
    x: int
    y: int

@dataclass
class Wide:
    a: int = 0
    b: int = 0
    c: int = 0
    d: int = 0
    e: int = 0
    f: int = 0
    g: list = field(default_factory=list)

for cls in (P, PS, PF):
    o = cls(1, 2)
    d = getattr(o, "__dict__", None)
    print(cls.__name__, sys.getsizeof(o), "dict", None if d is None else sys.getsizeof(d), "slots", getattr(cls, "__slots__", None))
w = Wide()
print("Wide", sys.getsizeof(w), sys.getsizeof(w.__dict__), len(fields(w)))
ws = [Wide() for _ in range(3)]
print("Wide dicts", [sys.getsizeof(x.__dict__) for x in ws])
print("astuple", astuple(w), sys.getsizeof(astuple(w)))
print("PS has no dict", not hasattr(PS(1, 2), "__dict__"), "weakref slot", "__weakref__" in PS.__slots__)
