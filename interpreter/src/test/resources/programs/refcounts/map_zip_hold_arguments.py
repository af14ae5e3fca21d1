# Lazy iterators hold what they were given: map holds its function and an
# iterator over each argument, zip and enumerate hold iterators, filter its
# predicate; refcounts of the sequences, the function and a bound method
# while the iterators live, after partial consumption and after del.
import itertools
import sys

xs = [1, 2, 3, 4]
ys = (10, 20, 30)
def double(v):
    return v * 2

def rc(obj):
    return sys.getrefcount(obj) - 1

print("start        xs", rc(xs), "ys", rc(ys), "double", rc(double))
m = map(double, xs)
print("map          xs", rc(xs), "double", rc(double))
z = zip(xs, ys)
print("zip          xs", rc(xs), "ys", rc(ys))
e = enumerate(xs, start=100)
f = filter(double, ys)
print("enum+filter  xs", rc(xs), "ys", rc(ys), "double", rc(double))
print("partial      ", next(m), next(z), next(e), next(f))
print("after next   xs", rc(xs), "ys", rc(ys))
del m, z, e, f
print("deleted      xs", rc(xs), "ys", rc(ys), "double", rc(double))
c = itertools.chain(xs, ys)
s = itertools.starmap(pow, [(2, 3)])
i = itertools.islice(xs, 1, None)
print("itertools    xs", rc(xs), "ys", rc(ys))
print("consumed     ", list(c), list(s), list(i))
print("exhausted    xs", rc(xs), "ys", rc(ys))
del c, s, i
print("deleted      xs", rc(xs), "ys", rc(ys))
class Scaler:
    def __init__(self, k):
        self.k = k
    def apply(self, v):
        return v * self.k
sc = Scaler(3)
m = map(sc.apply, xs)
print("bound method in map holds the instance:", rc(sc))
print(list(m), "after exhausting:", rc(sc))
del m
print("after del:", rc(sc))
acc = itertools.accumulate(xs)
print("accumulate", list(acc), rc(xs))
pairs = list(zip(xs, xs))
print("zip results share items:", pairs[0][0] is xs[0], rc(xs))
