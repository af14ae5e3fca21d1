# sorted and list.sort: key, reverse, stability, errors, modification during sort
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(sorted(data, key=lambda t: t[0]), key=lambda t: t[1]))
print(sorted(data, key=lambda t: (t[1], t[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = [3, 1, 2]
print(l.sort(), l, sorted("hello"), sorted({3: 'a', 1: 'b'}), sorted({2, 1}))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
recs = [Rec(2, 'a'), Rec(1, 'b'), Rec(2, 'c'), Rec(1, 'd')]
print(sorted(recs), sorted(recs, reverse=True))
print(list(reversed([1, 2, 3])), sorted([0.5, -1, 3, 2.0]), sorted([[2], [1, 5], [1]]))
big = list(range(100))[::-1]
print(sorted(big)[:5], sorted(big, key=lambda n: n % 10)[:12])
import operator
people = [{"n": "x", "a": 30}, {"n": "y", "a": 25}, {"n": "z", "a": 30}]
print([p["n"] for p in sorted(people, key=operator.itemgetter("a"))])
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max([], default=None))
l2 = [5, 3, 1]
def bad_key(x):
    l2.append(x)
    return x
try:
    l2.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
