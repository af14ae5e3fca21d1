# sys.getrefcount of a list around augmented assignment, unpacking and del
import sys
x = []
print(sys.getrefcount(x))
y = x
y += [1]
print(sys.getrefcount(x), y is x)
a, b = x, x
print(sys.getrefcount(x))
a, *rest = [x, x, x]
print(sys.getrefcount(x), len(rest))
del a, b, rest
print(sys.getrefcount(x))
d = {"k": x}
d["k"] += [2]
print(sys.getrefcount(x), x)
