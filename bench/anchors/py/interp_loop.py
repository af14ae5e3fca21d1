# The interpreter's loop cost: 3M iterations of a while loop adding ints (bench/README.md, issue 14).
def f():
    t = 0
    i = 0
    while i < 3000000:
        t = t + i
        i = i + 1
    return t
print(f())
