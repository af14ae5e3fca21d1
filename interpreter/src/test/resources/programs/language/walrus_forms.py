# assignment expressions in while, comprehensions and conditions
data = [1, 5, 3, 8]
it = iter(data)
while (n := next(it, None)) is not None:
    print(n, end=' ')
print()
print([y for x in data if (y := x * 2) > 5], y)
if (m := max(data)) > 5:
    print('max', m)
print((z := 3) + z)
