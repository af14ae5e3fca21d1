# functools.total_ordering and rich comparisons of sequences and sets
import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version" + repr(self.parts)
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(Version(3), Version(1)), min([b, a]))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 3
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in Version.__dict__ if n.startswith('__') and n[2] in 'lg'))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"{self.v}<{o.v}")
        return self.v < o.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v)
print(Cmp(1) > Cmp(2))
print((1, 'a') < (1, 'b'), [1, 2] < [1, 2, 0], (1, 2) == (1.0, 2.0))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print(1 < 2 < 3, 1 < 3 < 2, {1, 2} < {1, 2, 3}, {1} <= {1})
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)
