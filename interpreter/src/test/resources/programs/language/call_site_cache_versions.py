# A call site that has called one function (or class) many times keeps calling the right code when
# what it calls changes under it: 3.11's CALL_PY_EXACT_ARGS and the class call on the loop key their
# inline cache on func_version (reset when __code__, __defaults__ or __kwdefaults__ is assigned or
# deleted) and a class's version tag (reset when its namespace or a base's changes). Each case warms
# one call site in a loop, then changes the callee and calls through the same site again: new code,
# new defaults, a different argument count (the TypeError's wording), a function dying and another
# taking its place, a class's __init__ replaced on the class and on a base, a generator function, a
# closure's cells, methods called through LOAD_METHOD, a class's bases and __new__ changed;
# sys.settrace sees the code that runs after __code__ is swapped, and the refcounts of the arguments
# moved into the callee stay CPython's.
import sys


def one(fn, x):
    return fn(x)


def two(fn, a, b):
    return fn(a, b)


def make(cls):
    return cls()


def make1(cls, a):
    return cls(a)


def f(x):
    return ('f', x)


def g(x):
    return ('g', x)


def g2(x, y):
    return ('g2', x, y)


print('--- __code__ swapped on a warm site')
for i in range(40):
    r = one(f, i)
print(r)
saved = f.__code__
f.__code__ = g.__code__
print(one(f, 1))
f.__code__ = g2.__code__
try:
    one(f, 1)
except TypeError as e:
    print('TypeError:', e)
f.__code__ = saved
print(one(f, 2))


print('--- defaults of a function called with all its positionals, then with fewer')


def d(a, b=10):
    return a + b


for i in range(40):
    r = two(d, i, 1)
print(r)
print(one(d, 5))
d.__defaults__ = (100,)
print(one(d, 5), two(d, 5, 6))
del d.__defaults__
try:
    one(d, 5)
except TypeError as e:
    print('TypeError:', e)


print('--- kwdefaults')


def k(a, *, c=3):
    return a * c


for i in range(30):
    r = one(k, i)
print(r)
k.__kwdefaults__ = {'c': 7}
print(one(k, 2))
k.__kwdefaults__ = None
try:
    one(k, 2)
except TypeError as e:
    print('TypeError:', e)


print('--- a new function (maybe at a dead one\'s address) through the same site')
results = []
for i in range(60):
    def h(x, i=i):
        return x * 1000 + i
    # exactly its positionals sometimes, one less other times
    results.append(two(h, 1, i) if i % 3 else one(h, 2))
    del h
print(results[:7], results[-3:])

lambdas = [lambda x, n=n: (n, x) for n in range(5)]
out = []
for rep in range(8):
    for fn in lambdas:
        out.append(one(fn, rep))
print(out[:6], out[-2:])


print('--- closures: the cells are the function\'s, not the site\'s')


def counter(start):
    n = start

    def step(by):
        nonlocal n
        n += by
        return n
    return step


c1, c2 = counter(0), counter(100)
for i in range(30):
    one(c1, 1)
    one(c2, 2)
print(one(c1, 0), one(c2, 0))


print('--- a generator function at a warm site')


def gen(x):
    yield x
    yield x + 1


for i in range(30):
    r = one(f, i)
print(list(one(gen, 5)), one(f, 'after'))


print('--- class __init__ replaced on the class, on a base, and its defaults')


class Base:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right


class Node(Base):
    pass


for i in range(40):
    n = make(Node)
print(n.left, n.right)
Base.__init__.__defaults__ = ('L', 'R')
n = make(Node)
print(n.left, n.right)


def init2(self, left='x', right='y'):
    self.left = left * 2
    self.right = right * 2


Base.__init__ = init2
n = make(Node)
print(n.left, n.right)


def init3(self, value):
    self.value = value


Node.__init__ = init3
try:
    make(Node)
except TypeError as e:
    print('TypeError:', e)
print(make1(Node, 7).value)
del Node.__init__
print(make1(Node, 'only left').left)
init2.__code__ = init3.__code__
print(make1(Node, 'v').value, hasattr(make1(Node, 'w'), 'left'))


def init_returns(self):
    return 5


class Bad:
    __init__ = init_returns


for i in range(20):
    try:
        make(Bad)
    except TypeError as e:
        r = e
print('TypeError:', r)


print('--- classes made and dropped through one site')
made = []
for i in range(40):
    class Temp:
        def __init__(self, v=i):
            self.v = v
    made.append(make(Temp).v)
    del Temp
print(made[:5], made[-2:])


print('--- methods through LOAD_METHOD, the method replaced on the class')


class P:
    def m(self, x):
        return x + 1


p = P()
for i in range(40):
    r = p.m(i)
print(r)
P.m = lambda self, x: x * 2
print(p.m(21))
P.m.__code__ = (lambda self, x: -x).__code__
print(p.m(21))


print('--- the trace function sees the swapped code')


def a1(x):
    return x + 1


def a2(x):
    y = x * 2
    return y


for i in range(40):
    one(a1, i)
events = []


def tracer(frame, event, arg):
    if event == 'call':
        events.append((frame.f_code.co_name, event))
    return None


a1.__code__ = a2.__code__
sys.settrace(tracer)
r = one(a1, 4)
sys.settrace(None)
print(r, [e for e in events if e[0] in ('a1', 'a2')])


print('--- refcounts of arguments moved into a cached callee')


def rc(x):
    return sys.getrefcount(x)


obj = object()
counts = set()
for i in range(40):
    counts.add(one(rc, obj))
print(sorted(counts), sys.getrefcount(obj))


class R:
    def __init__(self, x):
        self.rc = sys.getrefcount(x)


counts = set()
for i in range(40):
    counts.add(make1(R, obj).rc)
print(sorted(counts), sys.getrefcount(obj))


print('--- recursion through a cached site')


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(50), depth(200))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
print(depth(10))


print('--- a class\'s bases assigned, a base\'s __init__ replaced, __new__ added and deleted')


class A:
    def __init__(self, x=1):
        self.x = ('A', x)


class B:
    def __init__(self, x=2):
        self.x = ('B', x)


class C(A):
    pass


for i in range(50):
    r = make(C)
print(r.x)
C.__bases__ = (B,)
print(make(C).x)
A.__init__ = lambda self, x=9: setattr(self, 'x', ('A2', x))
print(make(C).x)
C.__bases__ = (A,)
print(make(C).x)


def new(cls, *a):
    o = object.__new__(cls)
    o.made_by_new = True
    return o


C.__new__ = new
print(make(C).x, make(C).made_by_new)
del C.__new__
print(make(C).x, hasattr(make(C), 'made_by_new'))
