# Star unpacking corners: starred targets in for loops and nested targets, a star taking an empty
# list, the error messages for too many/too few values (with and without a star, the counts
# CPython reports), unpacking iterators that fail midway, **-unpacking of mappings with duplicate
# keys in calls and dict displays, *-unpacking into set/tuple/list displays and call arguments
# from generators, and the evaluation order of targets.
a, *b, c = range(5)
print(a, b, c)
*head, tail = 'x'
print(head, tail)
(p, *q), r = 'ab', 'r'
print(p, q, r)
for first, *rest in [(1, 2, 3), (4,), 'xy']:
    print(first, rest)
[a, [b, *c]] = [1, (2, 3, 4)]
print(a, b, c)

def attempt(stmt, **ns):
    try:
        exec(stmt, ns)
        print('ok', stmt)
    except Exception as e:
        print(type(e).__name__, e)

attempt("a, b = [1, 2, 3]")
attempt("a, b, c = [1, 2]")
attempt("a, *b, c, d = [1, 2]")
attempt("a, b = 1")
attempt("a, b = iter([1])")
attempt("a, b = (i for i in range(10))")
attempt("a, *b = []")
attempt("*a, = 5")

class Flaky:
    def __iter__(self):
        yield 1
        raise ValueError('midway')
attempt("a, b, c = Flaky()", Flaky=Flaky)
attempt("a, *b = Flaky()", Flaky=Flaky)

def f(*args, **kwargs):
    return args, kwargs
print(f(*range(3), *'ab', x=1, **{'y': 2}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
print({**{'a': 1}, 'a': 2, **{'a': 3, 'b': 4}})
print(sorted({*range(3), *'ab'}, key=str), (*'ab', *[1]), [*{'k': 1}, *()])

order = []
class Rec:
    def __init__(self, name): self.name = name
    def __setitem__(self, k, v): order.append((self.name, k, v))
def idx(n):
    order.append(('idx', n)); return n
r1, r2 = Rec('r1'), Rec('r2')
r1[idx(0)], r2[idx(1)] = 'A', 'B'
print(order)
lst = [0, 1, 2]
i = 0
i, lst[i] = 2, 'set'
print(i, lst)
x = y = []
x.append(1)
print(x is y, y)
m, n = n_, m_ = 1, 2
print(m, n, n_, m_)
print([*map(str, range(3))], *[1, 2], sep='|')
