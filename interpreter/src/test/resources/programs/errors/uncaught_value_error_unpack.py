# Unpacking errors: too many and too few values, in a for loop over records, uncaught the second time.
records = ["ann,31,paris", "bob,25", "cy,40,rome,italy"]
for r in records:
    try:
        name, age, city = r.split(",")
        print(name, age, city)
    except ValueError as e:
        print("bad record", repr(r), "->", e)
a, *rest = [1]
print(a, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
for name, age, city in (r.split(",") for r in records):
    print(name)
