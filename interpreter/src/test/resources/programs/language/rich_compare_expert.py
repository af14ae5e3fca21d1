# rich comparisons: total_ordering, reflected comparisons, __eq__ without __hash__, identity shortcut in containers
from functools import total_ordering, cmp_to_key

@total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank
    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.ranks.index(self.rank) < self.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(s) for s in "KH 2C TD AS 2D 9S".split()]
print(sorted(hand), max(hand), min(hand))
print(Card("AH") >= Card("KS"), Card("2H") > Card("2S"), Card("2H") <= Card("2S"))
print(Card.__ge__.__qualname__ if hasattr(Card.__ge__, "__qualname__") else None)
try:
    Card("AH") < 5
except TypeError as e:
    print(e)
try:
    hash(Card("AH"))
except TypeError as e:
    print(e)
print(Card.__hash__)

class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print(f"  eq {self.n} vs {getattr(other, 'n', other)}")
        return isinstance(other, Loud) and self.n == other.n
    def __hash__(self):
        return hash(self.n)
a = Loud(1)
lst = [Loud(0), a, Loud(2)]
print("in by identity:", a in lst)
print("in by eq:", Loud(2) in lst)
print("count:", lst.count(Loud(0)))
s = {a}
print("set lookup:", Loud(1) in s)
print("dict:", {Loud(1): "x"}.get(Loud(1)))

class Reflect:
    def __init__(self, name):
        self.name = name
    def __lt__(self, o):
        print(f"  {self.name}.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"  {self.name}.__gt__")
        return NotImplemented
    def __eq__(self, o):
        print(f"  {self.name}.__eq__")
        return NotImplemented
try:
    Reflect("a") < Reflect("b")
except TypeError as e:
    print(e)
print(Reflect("a") == Reflect("b"))
print(Reflect("a") != Reflect("a"))

print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A", "c", "B"], key=cmp_to_key(lambda x, y: (x > y) - (x < y))))
print((1, 2, [3]) < (1, 2, [4]), [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
try:
    sorted([3, "a", 1.5])
except TypeError as e:
    print(e)
try:
    sorted([{1}, {2}, {1, 2}])
    print("sets sort by subset:", sorted([{1, 2}, {1}, {3}]))
except TypeError as e:
    print(e)
try:
    max([1, None])
except TypeError as e:
    print(e)
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print(e)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], {nan: 1}.get(nan))
print(1 == 1.0 == True, {1: "a", 1.0: "b", True: "c"})
print(complex(1, 0) == 1, None == False, [] == (), {} == set())
try:
    1j < 2j
except TypeError as e:
    print(e)
