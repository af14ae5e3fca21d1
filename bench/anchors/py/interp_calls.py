# The interpreter's call cost: 1M calls of a two-argument Python function (bench/README.md, issue 14).
def g(a, b):
    return a + b
def f():
    t = 0
    for i in range(1000000):
        t = g(t, i)
    return t
print(f())
