# Objects as dict keys and set members: __eq__ and __hash__ together, __eq__ alone (unhashable),
# hash collisions resolved by __eq__, and the calls each container operation makes.
class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        print(f"  hash({self.name})")
        return self.h

    def __eq__(self, other):
        print(f"  {self.name} == {other.name}")
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


a, b, c = Key("a", 1), Key("b", 1), Key("a", 1)
print("dict insert")
d = {a: 1}
d[b] = 2
print("lookup equal object")
print(d[c])
print("contains")
print(b in d, Key("z", 1) in d)
print("set")
s = {a, b, c}
print(len(s))


class OnlyEq:
    def __eq__(self, other):
        return True


print(OnlyEq.__hash__)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)


class Inherit(OnlyEq):
    __hash__ = object.__hash__


print(len({Inherit(), Inherit()}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


print(hash(Point(1, 2)) == hash((1, 2)))
print(Point(1, 2) in {Point(1, 2)}, {Point(1, 2): "p"}[Point(1, 2)])
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"})
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(0.5), hash(float("inf")))
print(hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash(({},))
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
