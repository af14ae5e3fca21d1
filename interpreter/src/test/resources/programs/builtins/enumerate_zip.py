# enumerate and zip, including start and strict.
names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])), list(zip()))
print(dict(zip(names, ages)), list(zip("ab", range(5), [True, False])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
