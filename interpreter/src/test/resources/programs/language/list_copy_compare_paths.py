# the container paths that copy item slots in bulk (slices, list(x), +, *, extend) and compare items
# without result objects (==, <, in, index, count on ints and strs) keep CPython's results and refcounts
import sys

class Obj:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'Obj(%d)' % self.v

o = Obj(1)
base = sys.getrefcount(o)
xs = [o, 1, 'two', o, None]
print(sys.getrefcount(o) - base)
ys = xs[:]
print(ys, ys is xs, sys.getrefcount(o) - base)
zs = xs[1:4]
print(zs, sys.getrefcount(o) - base)
del ys, zs
print(sys.getrefcount(o) - base)
t = tuple(xs)
print(t[1:4], t[:] is t, t[::2], t[3:1], sys.getrefcount(o) - base)
l1 = list(xs)
l2 = list(t)
print(l1 == xs, l2 == xs, sys.getrefcount(o) - base)
del l1, l2
c = xs + xs
d = t + t
print(len(c), len(d), c[5] is o, sys.getrefcount(o) - base)
del c, d
for n in (0, 1, 2, 3, 7, -1):
    r = xs * n
    s = t * n
    print(n, len(r), len(s), r == list(s), sys.getrefcount(o) - base)
    del r, s
r = [o] * 100
print(sys.getrefcount(o) - base)
del r
e = []
e.extend(xs)
e.extend(t)
e.extend(e)
print(len(e), e[10] is o, sys.getrefcount(o) - base)
del e
e = [1, 2, 3]
e += e
print(e)
e *= 3
print(e, e[::-1][:3])
print(sys.getrefcount(o) - base)

# comparisons of items: ints of all sizes, strs, mixed
big = 2 ** 70
nums = [1, 2, big, -big, 3, 2 ** 30, -(2 ** 31)]
print(big in nums, -big in nums, 2 ** 30 in nums, 2 ** 31 in nums, 3.0 in nums)
print(nums.index(2 ** 30), nums.count(3), nums.count(3.0), (1, 2, 3, 2).count(2))
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [big] < [big + 1])
print((1, 'a') < (1, 'b'), ('é',) < ('z',), ['\u4e00'] > ['\xff'], ['abcdefghi'] < ['abcdefghj'])
words = ['alpha', 'beta', 'gamma', 'beta']
print('beta' in words, 'delta' in words, words.index('gamma'), words.count('beta'))
print('abcdefgh1' == 'abcdefgh' + '1', 'x' * 20 == 'x' * 19 + 'y')
print(min(nums), max(nums), sum(nums), min(words), max(words))
try:
    nums.index(12345)
except ValueError as e:
    print('ValueError', e)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError', e)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError', e)

class Eq:
    calls = 0
    def __eq__(self, other):
        Eq.calls += 1
        return False
    __hash__ = object.__hash__

q = Eq()
print(q in [1, 2, q], Eq.calls, 5 in [1, Eq(), 5], Eq.calls)

