# itertools and the recipes of its documentation
import itertools as it
import operator
def take(n, iterable):
    return list(it.islice(iterable, n))
def pairwise(iterable):
    a, b = it.tee(iterable)
    next(b, None)
    return zip(a, b)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    pending = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable):
    seen = set()
    for e in it.filterfalse(seen.__contains__, iterable):
        seen.add(e)
        yield e
print(take(5, it.count(10, 2)), list(pairwise("abcd")), list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2, 3], initial=100)))
print([(k, list(g)) for k, g in it.groupby("aaabbc")])
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))))
print(list(it.combinations_with_replacement("ab", 2)), list(it.repeat("x", 3)))
print(list(it.chain([1], (2, 3), "4")), list(it.pairwise([1, 2, 3])))
print(take(4, it.cycle("ab")), list(it.zip_longest([1, 2], [3])))
print(type(it.count()).__name__, repr(it.count(5)), repr(it.repeat(1, 2)))
x, y = it.tee([1, 2])
print(list(x), list(y))
print(sum(1 for _ in it.islice(it.count(), 0, 100, 7)))
print(list(it.islice("abcdefg", 2, None, 2)))
try:
    it.islice("a", -1)
except ValueError as e:
    print("ValueError:", e)
