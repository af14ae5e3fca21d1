# Every [] and {} is a new object; () is shared.
a, b = [], []
print(a is b)
c, d = {}, {}
print(c is d)
e, f = (), ()
print(e is f)
g, h = set(), set()
print(g is h)
