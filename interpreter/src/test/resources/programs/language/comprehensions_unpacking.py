# Comprehensions, generator expressions, star-unpacking, walrus, zip/enumerate patterns.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)], list(zip(*matrix)))
print({n: n ** 2 for n in range(5)}, {c for c in "mississippi"}, sum(x * x for x in range(4)))
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = "hello"
print(head, tail)
*init, end = [1]
print(init, end)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2],))
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
for i, (name, score) in enumerate(zip(["ann", "bob"], [90, 85]), start=1):
    print(i, name, score)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip("ab", [1, 2, 3])), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", None, []])), any([]), all([]), any(x > 2 for x in data))
print(sorted(data, reverse=True), sorted(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: len(p[1])))
gen = (x for x in range(3))
print(next(gen), list(gen), list(gen))
print([(x, y) for x in range(3) for y in range(x)], [[0] * 2 for _ in range(2)])
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
print(dict(enumerate("abc")), list(enumerate("xy", 10)), list(reversed(range(0, 10, 3))))
