# The assignment expression := binds a name inside an expression.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 4:
    print("long list:", n)
print([y for x in data if (y := x * 2) > 6])
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=" ")
print()
print(n, y)
