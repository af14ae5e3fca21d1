# a returned local keeps only the caller's references
import sys
def make():
    x = [1]
    y = x
    print(sys.getrefcount(x))
    return x
r = make()
print(sys.getrefcount(r))
def gen():
    v = [2]
    yield v
    yield v
g = gen()
first = next(g)
print(sys.getrefcount(first))
del g
print(sys.getrefcount(first))
