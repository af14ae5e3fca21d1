# Seed article 000 (GeeksforGeeks, memory management in Python): y = x makes a second name for
# the same int object.
x = 10
y = x

if id(x) == id(y):
    print("x and y refer to the same object")
