# itertools' shared state as 3.11 keeps it: tee objects walking one linked list of 57-item _tee_dataobject blocks
# (copy.copy, tee of a tee, __copy__ of any iterator, re-entry refused, threads each drawing their own copy with
# no lock), groupby invalidating its earlier groups, weak references to tee objects, cycles through each kind of
# itertools object collected by gc.collect(), subclasses (BASETYPE ones; _tee, _tee_dataobject and _grouper
# refuse), chain's __class_getitem__ and from_iterable on a subclass, and the module's namespace.
# refcount: expect itertools_types_sharing.refcount.out
import itertools as it, sys, gc, weakref, copy, threading

t1, t2 = it.tee(range(200))
for _ in range(58):
    next(t1)
d1, d2 = gc.get_referents(t1)[0], gc.get_referents(t2)[0]
print('blocks', d1 is d2, gc.get_referents(d2)[-1] is d1, len(gc.get_referents(d2)))
print(list(it.islice(t2, 3)), next(t1), sum(t1), sum(t2))
a, b, c = it.tee('abcdef', 3)
next(a)
d = copy.copy(a)
e, f = it.tee(a)
print(type(d).__name__, type(e).__name__, e is a, ''.join(d), ''.join(e), ''.join(f), ''.join(a), ''.join(b), ''.join(c))
print(it.tee([], 0), [type(x).__name__ for x in it.tee([1], 1)])


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        return self.n

    def __copy__(self):
        return Copyable(self.n + 1)


print([x.n for x in it.tee(Copyable(1), 3)])


def gen():
    for i in range(5):
        if i == 2:
            try:
                next(a)
            except RuntimeError as exc:
                print('re-enter:', exc)
        yield i


a, b = it.tee(gen())
print(list(a), list(b))
src = it.islice(it.count(), 1000)
tees = it.tee(src, 4)
out = [None] * 4


def run(i):
    out[i] = sum(tees[i])


threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('threads', out)

g = it.groupby('aaabbbcc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
groups = [(k, grp) for k, grp in it.groupby([1, 1, 2, 2, 3])]
print([(k, list(grp)) for k, grp in groups])
g = it.groupby('aabb')
k, grp = next(g)
print(next(grp), next(g)[0], list(grp))
print([(k, ''.join(v)) for k, v in it.groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])])

t, = it.tee([1, 2], 1)
w = weakref.ref(t)
print(w() is t)
del t
print(w())

gc.collect()
lst = []
ch = it.chain(lst)
lst.append(ch)
del lst, ch
print('chain cycle', gc.collect())
lst = [1]
z = it.zip_longest(lst, lst)
lst.append(z)
del lst, z
print('zip_longest cycle', gc.collect())


class Node:
    pass


n = Node()
n.it = it.cycle([n])
next(n.it)
del n
print('cycle cycle', gc.collect())
n = Node()
n.g = it.groupby([n, n])
next(n.g)
del n
print('groupby cycle', gc.collect())
n = Node()
n.t = it.tee([n] * 60)
next(n.t[0])
del n
print('tee cycle', gc.collect())
n = Node()
n.p = it.product([n], repeat=2)
next(n.p)
del n
print('product cycle', gc.collect())


class Count(it.count):
    pass


c = Count(5, 2)
print(c, next(c), isinstance(c, it.count), Count.__mro__[1].__name__, Count.__reduce__(c)[0].__name__)


class Chain(it.chain):
    def extra(self):
        return 'extra'


ch = Chain.from_iterable(['ab', 'c'])
print(type(ch).__name__, list(ch), ch.extra())


class Chain2(it.chain):
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs


print(list(Chain2('ab', 'c', key=1)), Chain2('x', k=2).kwargs)


class Product(it.product):
    pass


print(list(Product('ab', repeat=2)), type(Product('a')).__name__)
for name in ('_tee', '_tee_dataobject', '_grouper'):
    try:
        class X(getattr(it, name)):
            pass
    except TypeError as exc:
        print(name, exc)
print(it.chain[int], it.chain[str, int].__origin__.__name__)
try:
    it.count[int]
except TypeError as exc:
    print(exc)
print(sorted(n for n in dir(it) if not n.startswith('__')))
print(it.__doc__.splitlines()[0], type(it.tee).__name__, it.tee.__module__, it.count.__module__, it.count.__name__)
print(it.count.__doc__.splitlines()[0])
print(it.islice.__doc__.splitlines()[0])
