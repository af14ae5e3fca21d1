# itertools building blocks and a few of the documentation's recipes: chain, groupby, product,
# permutations, combinations, accumulate, pairwise, islice, cycle, repeat, count, zip_longest,
# starmap, tee, compress, dropwhile/takewhile, batched by hand.
import itertools as it
import operator

print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])])
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.pairwise("abcd")), list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)))
print(list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))


def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch


def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = it.cycle(it.islice(iterators, num_active))
        yield from map(next, iterators)


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def sliding_window(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)


print(list(batched("abcdefg", 3)), list(flatten([[1, 2], [3]])), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
try:
    print(list(roundrobin("ABC", "D", "EF")))
except StopIteration:
    print("StopIteration")
print(list(powerset([1, 2, 3])), list(sliding_window(range(5), 3)))
c = it.count()
print(next(c), next(c), repr(c), repr(it.repeat(1, 2)))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.product()))
