# itertools' C types pickle as 3.11's do: each __reduce__ tuple (the type, its arguments, its state) before, during
# and after iteration, for every type that has one (pairwise refuses), and pickle round trips at several points
# under protocols 0, 2 and 4 that resume where the original stood (copy.deepcopy too).
import itertools as it, operator, pickle, copy, functools


def shape(x):
    """The reduce tuple with iterators and functions named, so nothing prints an address."""
    if isinstance(x, tuple):
        return tuple(shape(y) for y in x)
    if isinstance(x, list):
        return [shape(y) for y in x]
    if isinstance(x, type):
        return x.__name__
    if hasattr(x, '__next__') or type(x).__name__ == '_tee_dataobject':
        return '<%s>' % type(x).__name__
    if callable(x):
        return '<fn %s>' % getattr(x, '__name__', '?')
    return x


def show(label, o):
    try:
        print(label, shape(o.__reduce__()))
    except TypeError as e:
        print(label, 'TypeError:', e)


L = [10, 20, 30]
show('accumulate', it.accumulate(L))
a = it.accumulate(L, operator.add, initial=5)
for _ in range(3):
    show('accumulate initial', a)
    next(a)
c = it.cycle(L)
for _ in range(3):
    show('cycle', c)
    next(c)
list(it.islice(c, 4))
show('cycle second pass', c)
ch = it.chain(L, 'ab')
show('chain', ch)
next(ch)
show('chain started', ch)
list(ch)
show('chain exhausted', ch)
g = it.groupby('aabbc')
show('groupby', g)
k, gr = next(g)
show('groupby started', g)
show('_grouper', gr)
next(gr)
show('groupby inside', g)
next(g)
show('_grouper invalidated', gr)
i = it.islice(L, 1, None, 2)
show('islice', i)
next(i)
show('islice started', i)
list(i)
show('islice exhausted', i)
t = it.tee(L)[0]
show('_tee', t)
next(t)
show('_tee started', t)
print('_tee_dataobject', shape(t.__reduce__()[2][0].__reduce__()))
z = it.zip_longest(L, [1], fillvalue='-')
show('zip_longest', z)
next(z)
next(z)
show('zip_longest one done', z)
for make in (lambda: it.product(L, 'ab'), lambda: it.permutations(L, 2), lambda: it.combinations(L, 2),
             lambda: it.combinations_with_replacement(L, 2)):
    p = make()
    name = type(p).__name__
    show(name, p)
    next(p)
    show(name + ' started', p)
    next(p)
    show(name + ' twice', p)
    list(p)
    show(name + ' exhausted', p)
show('pairwise', it.pairwise(L))
d = it.dropwhile(functools.partial(operator.gt, 15), L)
show('dropwhile', d)
next(d)
show('dropwhile started', d)
d = it.takewhile(bool, [1, 0, 2])
next(d)
show('takewhile', d)
next(d, None)
show('takewhile stopped', d)
for o in (it.count(), it.count(3), it.count(3.0), it.count(3, 2), it.count(2 ** 64), it.count(1, 1.0), it.repeat(1, 2),
          it.repeat('x'), it.repeat('x', -4), it.compress(L, [1, 0]), it.filterfalse(None, L), it.starmap(pow, [(1, 2)])):
    show(repr(o) if type(o) in (it.count, it.repeat) else type(o).__name__, o)

print('-- round trips')
makers = [lambda: it.count(2), lambda: it.count(1.5, 0.25), lambda: it.cycle('abc'), lambda: it.repeat('x', 5),
          lambda: it.accumulate([1, 2, 3, 4]), lambda: it.accumulate([1, 2, 3], initial=100),
          lambda: it.accumulate([3, 1, 4], max), lambda: it.chain('ab', 'cd'), lambda: it.chain.from_iterable(['xy', 'z']),
          lambda: it.compress('abcd', [1, 0, 1, 1]), lambda: it.dropwhile(functools.partial(operator.gt, 2), [0, 1, 2, 3, 1]),
          lambda: it.takewhile(bool, [1, 2, 0, 3]), lambda: it.filterfalse(None, [0, 1, 0, 2]),
          lambda: it.islice('abcdefgh', 1, 7, 2), lambda: it.starmap(pow, [(2, 3), (3, 2), (4, 1)]),
          lambda: it.zip_longest('ab', 'xyz', fillvalue='-'), lambda: it.product('ab', 'xy'),
          lambda: it.permutations('abc', 2), lambda: it.combinations('abcd', 2),
          lambda: it.combinations_with_replacement('abc', 2), lambda: it.groupby('aabbbc'),
          lambda: it.groupby([1, 2, 3, 4, 5], functools.partial(operator.floordiv, 3))]
for make in makers:
    for skip in range(4):
        o = make()
        first = list(it.islice(o, skip))
        if isinstance(o, it.groupby):
            first = [k for k, _ in first]
        results = set()
        for proto in (0, 2, 4):
            o2 = pickle.loads(pickle.dumps(o, proto))
            rest = list(it.islice(o2, 8))
            if isinstance(o2, it.groupby):
                rest = [(k, list(g)) for k, g in rest]
            results.add(repr(rest))
        o3 = copy.deepcopy(o)
        rest3 = list(it.islice(o3, 8))
        if isinstance(o3, it.groupby):
            rest3 = [(k, list(g)) for k, g in rest3]
        print(type(o).__name__, skip, first, sorted(results), repr(rest3) in results)
t1, t2 = it.tee('abcdef')
next(t1)
t3 = copy.copy(t1)
print(type(t3).__name__, list(t3), list(t1), list(t2))
t1, = it.tee(range(200), 1)
for _ in range(70):
    next(t1)
t4 = pickle.loads(pickle.dumps(t1))
print('tee past a block', next(t4), len(list(t4)), next(t1))
try:
    pickle.dumps(it.pairwise('ab'))
except TypeError as e:
    print('pairwise', e)
