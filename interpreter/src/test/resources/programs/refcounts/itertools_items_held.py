# What each itertools object holds of the items it has seen: sys.getrefcount of a fresh object
# before building the iterator, while it is partly consumed, once exhausted and after `del`.
# repeat and cycle keep their object (cycle its saved list, even exhausted input), accumulate its
# running total, groupby its current key and value, pairwise the previous item, zip_longest its
# fillvalue, product/combinations/permutations their pools (tuples made at construction).
import itertools
import sys


class Token:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def rc(obj):
    return sys.getrefcount(obj) - 2


a = Token("a")
b = Token("b")
print("start", rc(a), rc(b))

r = itertools.repeat(a, 3)
print("repeat built", rc(a))
first = next(r)
print("repeat after one next (held by first too)", rc(a))
del first
list(r)
print("repeat exhausted", rc(a))
del r
print("repeat deleted", rc(a))

c = itertools.cycle([a, b])
print("cycle built", rc(a), rc(b))
x = next(c)
print("cycle saved one", rc(a), rc(b))
del x
for _ in range(3):
    next(c)
print("cycle saved both, input exhausted", rc(a), rc(b))
del c
print("cycle deleted", rc(a), rc(b))

pw = itertools.pairwise([a, b, Token("c")])
p = next(pw)
print("pairwise first pair", p, rc(a), rc(b))
del p
print("pairwise keeps old", rc(a), rc(b))
del pw
print("pairwise deleted", rc(a), rc(b))

zl = itertools.zip_longest([1], [2, 3], fillvalue=a)
print("zip_longest fillvalue", rc(a))
print(list(zl))
print("zip_longest exhausted", rc(a))
del zl
print("zip_longest deleted", rc(a))

pool = [a, b]
pr = itertools.product(pool, repeat=2)
print("product pools", rc(a), rc(b))
del pool
print("product pools after del pool", rc(a), rc(b))
t = next(pr)
print("product first", t, rc(a), rc(b))
del t
print("product result tuple kept", rc(a), rc(b))
del pr
print("product deleted", rc(a), rc(b))

cb = itertools.combinations([a, b], 1)
print("combinations built", rc(a), rc(b))
print(next(cb), rc(a), rc(b))
del cb
print("combinations deleted", rc(a), rc(b))

g = itertools.groupby([a, a, b], key=lambda t: t.name)
k, grp = next(g)
print("groupby key", k, rc(a))
del k, grp
print("groupby current value", rc(a), rc(b))
del g
print("groupby deleted", rc(a), rc(b))

acc = itertools.accumulate([a], lambda x, y: x)
print("accumulate built", rc(a))
v = next(acc)
print("accumulate total", v is a, rc(a))
del v, acc
print("accumulate deleted", rc(a))
