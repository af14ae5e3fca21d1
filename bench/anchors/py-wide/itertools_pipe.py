# itertools pipelines: chain, islice, groupby, accumulate, product, combinations, zip_longest, starmap.
import itertools as it
import operator

total = 0
for _ in range(5):
    total += sum(it.islice(it.count(1, 3), 0, 200000, 2))
    total += sum(it.accumulate(range(100000), operator.add)) % 1000003
    for k, g in it.groupby(sorted(range(100000), key=lambda x: x % 100), key=lambda x: x % 100):
        total += k * len(list(g))
    total += sum(a * b for a, b in it.product(range(200), repeat=2))
    total += sum(1 for c in it.combinations(range(40), 3) if sum(c) % 7 == 0)
    total += sum(it.starmap(operator.mul, zip(range(100000), it.cycle([1, 2, 3]))))
    total += len(list(it.zip_longest(range(50000), range(30000), fillvalue=0)))
    total += sum(it.chain.from_iterable([range(i % 20) for i in range(20000)]))
    total += sum(1 for _ in it.filterfalse(lambda x: x % 3, range(100000)))
    total += len(list(it.takewhile(lambda x: x < 50000, range(100000))))
print(total)
