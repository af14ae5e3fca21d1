# The seed article: y = x shares the object; x += 1 makes x another object, y keeps 10.
x = 10
y = x
print(id(x) == id(y), x is y)
x += 1
print(x, y, x is y, id(x) == id(y))
eleven = 11
print(x is eleven)
