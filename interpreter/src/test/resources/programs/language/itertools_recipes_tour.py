# The itertools documentation's recipes as people copy them, with their output.
from itertools import (islice, chain, count, cycle, repeat, groupby, accumulate, starmap, tee,
                       zip_longest, combinations, permutations, product, compress, filterfalse,
                       takewhile, dropwhile, pairwise, combinations_with_replacement)
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

print(take(5, count(10, 3)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window(range(6), 3)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print([(k, len(list(g))) for k, g in groupby("aaabbcaa")])
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max, initial=0)))
print(list(starmap(pow, [(2, 3), (3, 2)])), take(3, repeat("x")))
print(list(pairwise("abcd")), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(len(list(permutations(range(4), 2))), list(product("ab", repeat=2)))
print(list(combinations_with_replacement("abc", 2)))
print(sum(1 for _ in combinations(range(10), 3)), next(islice(count(), 5, None)))
print(repr(count(1.5, 0.5)), repr(repeat(1, 3)), list(islice("abcdefg", 1, None, 2)))
