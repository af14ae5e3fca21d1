# Pins down: list/tuple/str operations with odd operands: comparisons of lists holding nan and
# objects whose __eq__ lies (identity shortcut first), list.index/count with start/stop beyond the
# ends, slice assignment with steps (size mismatch messages), del of extended slices, list.insert
# with huge indexes, sort with key returning mixed types (TypeError message), reversed() of a list
# mutated during iteration, tuple/list repeat with bool and __index__, and containment tests
# that call __eq__ on both sides in CPython's order.
nan = float('nan')
print([nan] == [nan], [nan] < [nan], (nan,) == (nan,), [float('nan')] == [float('nan')], nan in [nan])

class Liar:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print(f'  eq {self.tag} vs {getattr(other, "tag", other)}')
        return False
    __hash__ = object.__hash__
x = Liar('x')
print([x] == [x], x in [x], [x].count(x), [x].index(x))
y = Liar('y')
print([x] == [y])
print(y in [1, x])
print(x in (y,), x in {y: 1})

lst = list(range(10))
print(lst.index(5, -5), lst.index(9, 0, 100), lst.count(3))
for args in [(5, 6), (5, -3), (0, 1, 0)]:
    try:
        print(lst.index(*args))
    except ValueError as e:
        print('ValueError', e)

a = list(range(10))
a[::2] = 'abcde'
print(a)
for value in ['abc', [], range(6)]:
    try:
        a[::2] = value
    except ValueError as e:
        print('ValueError', e)
a[1:3] = range(5)
print(a)
a[::-1] = a
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[::-2]
print(b)
b[len(b):] = [99]
b[:0] = [-1]
print(b)
try:
    b[::0] = []
except ValueError as e:
    print('ValueError', e)
c = [1, 2]
c.insert(2**40, 'end')
c.insert(-2**40, 'start')
print(c)
try:
    c.insert(2**70, 'huge')
except OverflowError as e:
    print('OverflowError', e)

for key in [lambda v: v, lambda v: str(v) if v % 2 else v]:
    data = [3, 1, 2]
    try:
        data.sort(key=key)
        print(data)
    except TypeError as e:
        print('TypeError', e, data)
try:
    sorted([1, 'a', 2.0])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([{1}, {2}, {1, 2}])
    print(sorted([{1, 2}, {1}, {2}]))
except TypeError as e:
    print('TypeError', e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[2], [1, 5], [1]]))

m = [1, 2, 3, 4]
out = []
for v in reversed(m):
    out.append(v)
    if v == 3:
        m.pop(0)
print(out, m)
m = [1, 2, 3]
it = iter(m)
next(it)
m.clear()
print(list(it))
m.extend([7, 8, 9])
print(list(it))

class Two:
    def __index__(self):
        return 2
print([0] * True, (1,) * Two(), 'ab' * Two(), Two() * [5], b'x' * False)
try:
    [0] * Two() * 2.0
except TypeError as e:
    print('TypeError', e)
try:
    (1,) * -2**70
    print('negative huge ok', (1,) * -2**70)
except OverflowError as e:
    print('OverflowError', e)

print(max([[1, 2], [1, 2, 0]]), min(('b', 'a'), ('a', 'z')), [1, 2] < [1, 2, 0], (1, 2) > (1,), [] < [0])
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print('TypeError', e)
print([1, 2] == (1, 2), [1] != (1,), 'ab' < 'abc', 'B' < 'a', b'a' < b'b')
try:
    'a' < b'a'
except TypeError as e:
    print('TypeError', e)
print(list(range(3)) * 2 == [0, 1, 2, 0, 1, 2], [[]] * 3, [[] for _ in range(2)])
