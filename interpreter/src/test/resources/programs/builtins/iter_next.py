# iter and next, the default argument, and the callable-sentinel form of iter.
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 4)))
s = iter("ab")
print(iter(s) is s, list(s), type(iter({})).__name__, type(iter(range(1))).__name__)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
