# itertools' C types as objects: sys.getsizeof (the index arrays of product, permutations, combinations and
# combinations_with_replacement counted by their __sizeof__), GC tracking, gc.get_referents in the order each C
# traverse function visits (NULL fields skipped: count's fast mode, accumulate's total, chain's active),
# the refcounts of the items they hold and hand out, and the result tuples they reuse while nobody else holds them.
import itertools as it, sys, gc, operator


def name(x):
    if isinstance(x, tuple):
        return '(' + ', '.join(name(y) for y in x) + ')'
    if hasattr(x, '__next__') or callable(x) or type(x).__name__.startswith('_tee'):
        return type(x).__name__
    return repr(x)


def names(o):
    return [name(x) for x in gc.get_referents(o)]


def show(label, o):
    print(label, sys.getsizeof(o), o.__sizeof__(), gc.is_tracked(o), names(o))


L = [10, 20, 30]
a = it.accumulate(L, operator.add, initial=5)
show('accumulate', it.accumulate(L))
show('accumulate initial', a)
next(a)
show('accumulate after initial', a)
c = it.cycle(L)
show('cycle', c)
list(it.islice(c, 4))
show('cycle second pass', c)
ch = it.chain(L, 'ab')
show('chain', ch)
next(ch)
show('chain active', ch)
g = it.groupby('aabbc')
show('groupby', g)
k, gr = next(g)
show('groupby started', g)
show('_grouper', gr)
show('groupby key', it.groupby('ab', str.upper))
i = it.islice(L, 1, None, 2)
show('islice', i)
list(i)
show('islice done', i)
t = it.tee(L)[0]
show('_tee', t)
next(t)
data = gc.get_referents(t)[0]
print('_tee_dataobject', sys.getsizeof(data), gc.is_tracked(data), names(data))
z = it.zip_longest(L, 'xy')
show('zip_longest', z)
next(z)
show('zip_longest next', z)
for o in (it.product(), it.product(L, 'ab'), it.product('ab', repeat=3), it.permutations(L), it.permutations(L, 2),
          it.permutations(range(6), 0), it.combinations(L, 2), it.combinations(range(9), 5),
          it.combinations_with_replacement(L, 2), it.combinations_with_replacement('ab', 7)):
    show(type(o).__name__, o)
    next(o)
    show(type(o).__name__ + ' next', o)
p = it.pairwise(L)
show('pairwise', p)
next(p)
show('pairwise next', p)
d = it.dropwhile(bool, L)
show('dropwhile', d)
show('takewhile', it.takewhile(bool, L))
for o in (it.count(), it.count(3), it.count(3.0), it.count(3, 2), it.count(2 ** 64), it.repeat('x', 2),
          it.compress(L, [1]), it.filterfalse(None, L), it.starmap(pow, [])):
    show(repr(o) if type(o) in (it.count, it.repeat) else type(o).__name__, o)

print('-- refcounts')
x = object()
base = sys.getrefcount(x)
r = it.repeat(x, 3)
print('repeat holds', sys.getrefcount(x) - base)
items = list(r)
print('repeat handed out', sys.getrefcount(x) - base)
del r, items
print('repeat released', sys.getrefcount(x) - base)
cy = it.cycle([x, x])
next(cy)
print('cycle saved one', sys.getrefcount(x) - base)
del cy
t1, t2 = it.tee([x] * 100)
next(t1)
print('tee read one', sys.getrefcount(x) - base)
for _ in range(60):
    next(t1)
print('tee read a block and more', sys.getrefcount(x) - base)
for _ in range(60):
    next(t2)
print('the trailing tee moved past the first block', sys.getrefcount(x) - base)
del t1, t2
print('tee released', sys.getrefcount(x) - base)
acc = it.accumulate([x], initial=x)
next(acc)
print('accumulate total and initial', sys.getrefcount(x) - base)
del acc
g = it.groupby([x, x])
k, grp = next(g)
print('groupby key and value', sys.getrefcount(x) - base)
del g, k, grp
print('all released', sys.getrefcount(x) - base)

print('-- result tuples')
p = it.product('ab', 'cd')
first = next(p)
second = next(p)
print('kept results are new tuples', first, second, first is not second)
p = it.combinations(range(5), 2)
ids = set()
for r in p:
    ids.add(id(r))
    del r
print('a dropped result is reused', len(ids))
z = it.zip_longest('abc', 'de')
print('zip_longest reuses', len({id(t) for t in z}), list(it.zip_longest('abc', 'de')))
print(sys.getrefcount(next(it.permutations('ab'))))
