# unpacking errors of each kind caught, then an uncaught one from a for target
pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a + b)
for bad in [(1, 2, 3), (1,), 5, "ab", "abc", iter([1])]:
    try:
        x, y = bad
        print("ok", x, y)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print(e)
try:
    x, y = {"k": 1}
except ValueError as e:
    print(e)
first, *rest = range(5)
print(first, rest)
records = [("ann", 31, "nyc"), ("bob", 25), ("cy", 40, "la")]
for name, age, city in records:
    print(f"{name:>4} {age:3} {city}")
