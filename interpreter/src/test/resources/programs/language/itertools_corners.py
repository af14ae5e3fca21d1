# itertools' corners: groupby with unsorted data and the group iterators invalidated by advancing,
# tee independence and copy, accumulate with initial and a function, pairwise/batched-free chunking
# with islice, product(repeat=), permutations/combinations with r > n, islice argument errors,
# count with floats, cycle of an exhausted iterator, starmap, zip_longest fillvalue,
# compress/takewhile/dropwhile/filterfalse, chain.from_iterable laziness.
import itertools as it, operator

data = 'aaabccaa'
print([(k, len(list(g))) for k, g in it.groupby(data)])
groups = [(k, g) for k, g in it.groupby(data)]
print([(k, list(g)) for k, g in groups])
print([(k, [w for w in g]) for k, g in it.groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda w: w[0])])
a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
c, = it.tee('xy', 1)
d = c.__copy__()
print(list(c), list(d), type(c).__name__)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)),
      list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)), list(it.accumulate([2, 3], operator.mul, initial=1)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')))
src = iter(range(7))
print([chunk for chunk in iter(lambda: list(it.islice(src, 3)), [])])
print(list(it.product('ab', repeat=2)), list(it.product()), list(it.product([1], [])))
print(list(it.permutations('abc', 2))[:3], list(it.permutations('ab', 3)), list(it.combinations('abc', 0)),
      list(it.combinations_with_replacement('ab', 2)), len(list(it.combinations(range(6), 3))))
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abc', None)), list(it.islice(it.count(), 3)))
for args in [(-1,), (0, -1), (0, 1, 0), ('a',), (1.5,)]:
    try:
        list(it.islice('abc', *args))
    except ValueError as e:
        print('ValueError', e)
print(list(it.islice(it.count(0.5, 0.25), 4)), repr(it.count(3, 2)), repr(it.count(1.5)), repr(it.repeat('x', 2)))
ex = iter([1, 2])
cyc = it.cycle(ex)
print([next(cyc) for _ in range(5)])
print(list(it.cycle([])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest('ab', [1], fillvalue='-')))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])),
      list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
def noisy(n):
    print('  producing', n)
    yield n
ch = it.chain.from_iterable(noisy(i) for i in range(3))
print(next(ch))
print(list(ch))
print(list(it.repeat(None, 0)), list(it.repeat(1, -5)), list(zip(it.repeat('k'), 'ab')))
for bad in (lambda: it.permutations('ab', -1), lambda: it.combinations('ab', -1), lambda: it.product('a', repeat=-1),
            lambda: it.repeat(), lambda: it.groupby(), lambda: it.accumulate(5), lambda: it.tee('a', -1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(1 for _ in it.combinations(range(10), 4)), list(it.chain('ab', [1], ())), list(it.chain()))
print(dict(it.zip_longest('abc', range(2))), [list(g) for _, g in it.groupby([1, 1, 2, 1], key=lambda x: x == 1)])
