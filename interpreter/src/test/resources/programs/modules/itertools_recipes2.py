# itertools and functools recipes: chunks, windows, powerset, roundrobin, unique, partition, reduce.
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                       repeat, starmap, takewhile, tee, zip_longest)
from functools import reduce, partial
import operator

def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk

def window(seq, n):
    its = tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)

def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def roundrobin(*its):
    nexts = cycle(iter(it).__next__ for it in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))

def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x

def partition(pred, it):
    a, b = tee(it)
    return list(filterfalse(pred, a)), list(filter(pred, b))

print(list(chunked(range(10), 3)), list(window("abcde", 3)), list(pairwise([1, 4, 9, 16])))
print(list(powerset("abc")), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(partition(lambda x: x % 2, range(10)))
print(list(accumulate([3, 4, 6, 2, 1, 9], max)), list(accumulate(range(1, 6), operator.mul, initial=10)))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")], list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(starmap(pow, [(2, 5), (3, 2)])), list(repeat("x", 3)))
print(list(permutations("abc", 2)), len(list(product(range(3), repeat=3))), list(combinations_with_replacement("ab", 2)))
print(list(islice(count(10, 2.5), 4)), list(islice(cycle("ab"), 5)), list(islice(range(100), 10, 20, 3)))
print(reduce(operator.add, [[1], [2, 3], [4]]), reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(max, [], 0))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
base2 = partial(int, base=2)
print(base2("1011"), base2.func, base2.keywords, base2.args, repr(partial(pow, 2))[:35])
def flatten(xss):
    return list(chain.from_iterable(xss))
print(flatten([[1, 2], (3,), range(4, 6)]), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), sorted(["bb", "a", "ccc"], key=len, reverse=True))
