# An IndexError from a list subscript inside an expression.
items = [1, 2, 3]
pos = 5
print("first item:", items[0])
value = items[0] + items[pos]
print("never printed")
