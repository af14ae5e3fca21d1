# Tuples: packing and unpacking, single-element tuples, immutability with mutable contents,
# tuples as dict keys and in sets, comparison, count/index, returning several values from a
# function, and swapping.
point = 3, 4
print(point, type(point).__name__, len(point))
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__, () == tuple())
x, y = point
print(x, y)


def min_max(values):
    return min(values), max(values)


lo, hi = min_max([4, 9, 1])
print(lo, hi, min_max("hello"))
t = (1, "two", [3])
t[2].append(4)
print(t, t.count(1), t.index("two"), t[1:], t + (5,), t * 2 == t + t)
try:
    t.append(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
locations = {(0, 0): "origin", (1, 2): "somewhere"}
print(locations[(1, 2)], locations[0, 0], (0, 0) in locations)
try:
    {([1], 2): "x"}
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"), max([(1, "b"), (1, "a")]))
a, b = 1, 2
a, b = b, a
print(a, b)
records = [("ann", 30, "nyc"), ("bob", 25, "la")]
for name, age, city in records:
    print(f"{name} ({age}) from {city}")
for name, *rest in records:
    print(name, rest)
print(sorted(records, key=lambda r: r[1]), list(zip(*records)))
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}), tuple(x * x for x in range(3)))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
print(hash((1, 2)) == hash((1, 2)), len({(1, 2), (1, 2), (2, 1)}))
print(repr(()), repr((1,)), repr((1, 2)), str(("a", 1)), divmod(17, 5), tuple(divmod(17.5, 5)))
from collections import namedtuple
Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "SH" for r in "AK"]
print(deck[0], deck[-1].suit, sorted(deck, key=lambda c: (c.suit, c.rank))[0])
print(len(deck), Card("Q", "D") in deck, Card("A", "S") in deck, deck.index(Card("K", "H")))
