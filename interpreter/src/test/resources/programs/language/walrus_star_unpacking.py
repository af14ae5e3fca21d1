# Assignment expressions (walrus) in while, if, comprehensions and their scope; star unpacking
# in assignments, calls, literals and for loops; swapping and nested unpacking errors.
import re

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
print([last := v for v in range(3)], last)
if m := re.match(r"(\w+)@(\w+)\.com", "ann@example.com"):
    print(m.group(1), m.group(2))
print((total := 10) + total)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
a, b = b, a
print(a, b)
x = y = z = 0
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *"xy", *{"k": 1}])
print({*"abca"} == {"a", "b", "c"}, (*[1, 2], 3))
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})


def f(a, b, *args, c=0, **kwargs):
    return a, b, args, c, kwargs


print(f(*[1, 2, 3], **{"c": 4, "d": 5}))
print(f(1, *(2,), *[3, 4], c=5, **{"e": 6}, **{"g": 7}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, **{"c": 1}, c=2)
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print(max(*[4, 9, 2]), min(3, *[7, 1]))
