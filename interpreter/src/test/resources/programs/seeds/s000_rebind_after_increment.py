# Seed article 000: after x += 1, x names a new object and y still names 10.
x = 10
y = x
x += 1

if id(x) != id(y):
    print("x and y do not refer to the same object")
print(x, y)
