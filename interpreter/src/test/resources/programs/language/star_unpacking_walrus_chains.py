# starred assignment corners, walrus in comprehensions and conditions, chained comparisons' evaluation
a, *b, c = range(5)
print(a, b, c)
*a, b = 'xy'
print(a, b)
a, *b = [1]
print(a, b)
[a, [b, *c]], d = [1, [2, 3, 4]], 5
print(a, b, c, d)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 1
except TypeError as e:
    print('TypeError:', e)
try:
    a, b, c = iter([1, 2])
except ValueError as e:
    print('ValueError:', e)
print([*range(3), *'ab'], {*'aab'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1, 2],))
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), x=1, **{'y': 2}))
try:
    f(**{'x': 1}, x=2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(*1)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 4], y)
print([(last := v) for v in range(3)], last)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
while (item := data.pop()) != 2:
    print('popped', item)
def log(v):
    print('eval', v)
    return v
print(log(1) < log(2) < log(0) < log(5))
print(log(3) == log(3) != log(4))
print(1 < 2 > 1.5, 'a' < 'b' <= 'b', 1 < 2 in [2], (1 < 2) in [True], not 1 == 2)
x = [1]
print(x is x is not None, 1 in [1] in [[1]])
