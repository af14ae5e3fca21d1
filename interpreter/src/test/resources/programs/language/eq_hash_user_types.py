# __eq__ and __hash__ in user classes: defining __eq__ sets __hash__ to None (unhashable
# messages in sets, dict keys, hash()), inheriting __hash__ explicitly, hash consistency with
# equal ints/floats/Fractions, mutable keys going missing, __eq__ returning NotImplemented and
# the reflected attempt, identity shortcuts in `in` and list.index/count, and dict lookups
# calling __eq__ only on hash collisions.
from fractions import Fraction
from decimal import Decimal

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print(Point.__hash__, Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) == (1, 2))
for act in (lambda: hash(Point(1, 2)), lambda: {Point(1, 2)}, lambda: {Point(0, 0): 1}, lambda: frozenset([Point(1, 1)])):
    try:
        act()
    except TypeError as e:
        print("TypeError:", e)

class HPoint(Point):
    __hash__ = Point.__hash__
class HPoint2(Point):
    def __hash__(self):
        return hash((self.x, self.y))
print(HPoint.__hash__ is None, len({HPoint2(1, 2), HPoint2(1, 2)}))
class Child(HPoint2):
    def __eq__(self, other):
        return super().__eq__(other)
print(Child.__hash__)

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print(f"  hash {self.v}")
        return hash(self.v) % 4
    def __eq__(self, other):
        print(f"  eq {self.v} {other.v}")
        return self.v == other.v
d = {}
d[Key(1)] = "a"
d[Key(5)] = "b"
print("lookup:")
print(d[Key(5)])
k = Key(2)
d[k] = "c"
print(d[k])
k.v = 9
print(k in d, Key(2) in d)

print(hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1)), hash(0.5) == hash(Fraction(1, 2)), {1: "int", 1.0: "float", True: "bool"})
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(float("inf")), hash(-0.0), hash(()) == hash(()), hash("") )
print({1, 1.0, True}, {0, False, 0.0, -0.0}, len({float("nan"), float("nan")}))
nan = float("nan")
lst = [nan, 1]
print(nan in lst, lst.index(nan), lst.count(nan), [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan])

class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
ae = AlwaysEq()
print(ae == 1, 1 == ae, ae in [1, 2], [1, 2].index(ae), [5].count(ae), ae != 3)
class NeverEq:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
ne = NeverEq()
print(ne == ne, ne in [ne], [ne].count(ne), {ne: 1}[ne], ne != ne)
class Loud:
    def __eq__(self, other):
        print("  Loud.__eq__")
        return NotImplemented
    def __ne__(self, other):
        print("  Loud.__ne__")
        return NotImplemented
print(Loud() == Loud(), Loud() != 1)
class Weird(int):
    def __eq__(self, other):
        return "maybe"
print(Weird(3) == 3, 3 == Weird(3), Weird(3) in [3], Weird.__hash__)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, 2} | {[3]}
except TypeError as e:
    print("TypeError:", e)
try:
    {}.setdefault({}, 1)
except TypeError as e:
    print("TypeError:", e)
