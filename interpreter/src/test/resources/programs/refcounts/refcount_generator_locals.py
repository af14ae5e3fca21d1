# A suspended generator's frame holds its arguments and locals.
import sys
def gen(x):
    y = x
    yield 1
    yield 2
obj = object()
print(sys.getrefcount(obj))
g = gen(obj)
print(sys.getrefcount(obj))
next(g)
print(sys.getrefcount(obj))
next(g)
print(sys.getrefcount(obj))
for _ in g:
    pass
print(sys.getrefcount(obj))
