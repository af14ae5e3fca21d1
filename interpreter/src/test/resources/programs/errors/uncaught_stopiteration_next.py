# next() on an exhausted iterator at module level: StopIteration uncaught, after a default works.
lines = iter(["header", "row1"])
print(next(lines), next(lines), next(lines, "<eof>"))
gen = (x * x for x in range(2))
print(list(gen), next(gen, None))
first = next(iter([]))
