# dataclasses: generated __init__, __repr__, __eq__, defaults, field(default_factory), order, frozen
from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p == Point(1, 2))
p.tags.append('a')
print(asdict(p), astuple(p))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
print(V(1) < V(2), sorted([V(3), V(1, 'b'), V(1, 'a')]))
try:
    V(1).a = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(V(1)) == hash(V(1)))
