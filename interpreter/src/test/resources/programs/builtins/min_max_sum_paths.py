# min/max take one pass (an iterator's and the key's side effects interleave); sum adds ints and
# floats as machine numbers until an item does not fit, then goes on with objects
import sys

def gen(xs):
    for x in xs:
        print('next', x)
        yield x

def key(x):
    print('key', x)
    return -x

print(min(gen([3, 1, 2]), key=key))
print(max(gen([3, 1, 2])))
print(max(3, 1, 2, key=key), min('b', 'a', 'c'))
print(min([], default='empty'), max(iter([]), default=None))
for args, kw in [((), {}), (([],), {}), ((1, 2), {'default': 0}), ((5,), {})]:
    try:
        print(min(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Bad:
    def __lt__(self, other):
        raise ValueError('no order')
    def __gt__(self, other):
        raise ValueError('no order')
try:
    min([1, Bad()])
except ValueError as e:
    print('ValueError', e)
def badkey(x):
    raise KeyError(x)
try:
    max([1, 2], key=badkey)
except KeyError as e:
    print('KeyError', e)

o = object()
base = sys.getrefcount(o)
items = [o, o, o]
m = max(items, key=id)
print(m is o, sys.getrefcount(o) - base)
del m
print(sys.getrefcount(o) - base)
print(min([2, 1, 1.0, 1]), max([1, 1.0, True]), min([(1, 'b'), (1, 'a')]))

print(sum(range(10)), sum([True, True, 3]), sum([], 5), sum([1, 2], start=10))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([-2 ** 63, -1]), sum([2 ** 100, 1]), sum([1, 2 ** 100, -2 ** 100]))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1.5, 2 ** 70]), sum([1.5, True, 2]), sum([1e308, 1e308]))
print(sum([1, 2, 3.0, 4, 5j]), sum([1.0, 2], 0.5), sum([[1], [2]], []), sum(((1,), (2,)), ()))
class I(int):
    def __radd__(self, other):
        return 'radd'
    def __add__(self, other):
        return 'add'
print(sum([1, I(2)]), sum([1.0, I(2)]), sum([2 ** 64, I(1)]), sum([I(2)], 0.5))
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sum([1.0, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sum(['a', 'b'], 'c')
except TypeError as e:
    print('TypeError', e)
def failing():
    yield 1
    yield 2.0
    raise RuntimeError('stop')
try:
    sum(failing())
except RuntimeError as e:
    print('RuntimeError', e)
print(sys.getrefcount(o) - base)
