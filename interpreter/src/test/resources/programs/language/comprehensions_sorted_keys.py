# Comprehensions (list, dict, set, nested, with conditions and ternaries), sorted() with key
# functions, reverse, stability and itemgetter/attrgetter, enumerate with start, zip strict.
from operator import itemgetter, attrgetter

nums = [5, 3, 8, 1, 9, 2]
print([n * n for n in nums], [n for n in nums if n % 2 == 0], ["even" if n % 2 == 0 else "odd" for n in nums])
print({n: n * n for n in range(5)}, {n % 3 for n in nums}, {k: v for k, v in zip("abc", range(3)) if v})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0], [[r[i] for r in matrix] for i in range(3)])
print([x for row in matrix for x in row], sum(x for row in matrix for x in row))
words = ["banana", "Apple", "cherry", "date", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, key=lambda w: w[-1]))
people = [("Ann", 30), ("Bob", 25), ("Cid", 30), ("Dee", 25)]
print(sorted(people, key=itemgetter(1)), sorted(people, key=itemgetter(1, 0), reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=itemgetter(1)))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return self.name


objs = [P(n, a) for n, a in people]
print(sorted(objs, key=attrgetter("age", "name")), sorted(objs, key=attrgetter("name"), reverse=True))
nums.sort()
print(nums, nums.sort(reverse=True), nums)
for i, w in enumerate(words[:3], start=1):
    print(i, w)
print(list(enumerate("ab")), list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("xy", [1, 2])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "a", (), strict=True))
except ValueError as e:
    print("ValueError:", e)
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(len(grid), grid[(1, 2)], sorted(grid)[:3])
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None])), list(map(pow, [2, 3], [3, 2])))
print(any(n > 8 for n in nums), all(n > 0 for n in nums), any([]), all([]))
print(list(reversed(range(5))), list(range(10, 0, -3)), range(5)[-1], len(range(0, 10, 3)), 3 in range(5))
print([(i, j) for i in range(3) for j in range(i)], [i for i in range(20) if i % 3 == 0 if i % 2 == 0])
x = 10
print([x for x in range(3)], x)
