# An IndexError from a list subscript inside an expression.
items = [1, 2, 3]
pos = 5
value = items[0] + items[pos]
