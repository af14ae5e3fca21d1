# *args/**kwargs packing and unpacking, keyword-only, positional-only
def f(a, /, b, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, 2, 3, c=5))
print(f(*[1, 2], *(3, 4), c=0, **{'e': 9}))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
first, *rest = [1, 2, 3]
*init, last = 'abc'
print(first, rest, init, last, [*range(3), *'xy'], {**{'a': 1}, 'b': 2})
def g(**kw): return sorted(kw)
print(g(**{'z': 1}, y=2))
