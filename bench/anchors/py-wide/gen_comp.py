# generators and comprehensions: generator pipelines, yield from, dict/set/list comprehensions.
def gen_range(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    yield from (x for x in it if x % 2 == 0)


def chain(*its):
    for it in its:
        yield from it


total = 0
for _ in range(10):
    total += sum(evens(squares(gen_range(100000))))
    total += len([x for x in range(100000) if x % 3])
    total += len({x % 1000: x for x in range(100000)})
    total += len({x % 777 for x in range(100000)})
    total += sum(x for x in chain(range(50000), gen_range(50000)))
    total += sum(len([y for y in range(x % 10)]) for x in range(20000))
print(total)
