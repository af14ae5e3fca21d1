# Pins down: the uncaught RuntimeError of PEP 479 from a generator pipeline (a StopIteration
# leaking from next() in a nested generator) printed with its cause: "The above exception was the
# direct cause of the following exception", both tracebacks through the generator frames.
def read_pairs(items):
    it = iter(items)
    for first in it:
        second = next(it)
        yield first, second

def totals(pairs):
    for a, b in pairs:
        yield a + b

data = [1, 2, 3, 4, 5]
for t in totals(read_pairs(data)):
    print('total', t)
